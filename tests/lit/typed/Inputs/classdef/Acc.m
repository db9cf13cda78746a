classdef Acc
  properties
    total = 0
  end
  methods
    function a = add(a, v)
      a.total = a.total + v;
    end
  end
end
