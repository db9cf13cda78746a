classdef Tracker < handle
  properties
    name
  end
  methods
    function obj = Tracker(n)
      obj.name = n;
      fprintf('make %s\n', n);
    end
    function delete(obj)
      fprintf('delete %s\n', obj.name);
    end
  end
end
