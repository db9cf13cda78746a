classdef Guard < handle
  properties
    id = 0
  end
  methods
    function obj = Guard(id)
      obj.id = id;
    end
    function delete(obj)
      fprintf('release %d\n', obj.id);
    end
  end
end
