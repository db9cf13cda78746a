classdef Counter < handle
  properties
    n = 0
  end
  methods
    function bump(obj)
      obj.n = obj.n + 1;
    end
  end
end
