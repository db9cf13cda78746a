classdef Base < handle
  properties
    tag = ''
  end
  methods
    function obj = Base(t)
      obj.tag = t;
    end
    function delete(obj)
      fprintf('Base.delete %s\n', obj.tag);
    end
  end
end
