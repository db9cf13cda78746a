classdef Tracker < handle
  properties
    name
  end
  methods
    function obj = Tracker(name)
      obj.name = name;
    end
    function delete(obj)
      fprintf('delete %s\n', obj.name);
    end
  end
end
