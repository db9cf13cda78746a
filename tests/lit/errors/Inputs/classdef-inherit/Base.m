classdef Base
  properties
    w = 1
  end
  methods
    function obj = Base(w)
      if nargin > 0
        obj.w = w;
      end
    end
    function a = area(obj)
      a = obj.w^2;
    end
  end
end
