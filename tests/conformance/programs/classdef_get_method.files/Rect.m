classdef Rect
  properties
    w = 1
    h = 2
  end
  properties (Dependent)
    area
  end
  properties
    name = 'rect'
  end
  methods
    function obj = Rect(w, h)
      if nargin > 0
        obj.w = w;
        obj.h = h;
      end
    end
    function a = get.area(obj)
      a = obj.w * obj.h;
    end
    function obj = set.area(obj, a)
      obj.w = a / obj.h;
    end
    function n = get.name(obj)
      n = upper(obj.name);
    end
    function d = describe(obj)
      d = sprintf('%s %g', obj.name, obj.area);
    end
  end
end
