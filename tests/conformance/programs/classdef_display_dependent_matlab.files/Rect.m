classdef Rect
  properties
    w
    h
  end
  properties (Dependent)
    area
  end
  properties
    name = 'box'
  end
  methods
    function obj = Rect(w, h)
      obj.w = w;
      obj.h = h;
    end
    function a = get.area(obj)
      a = obj.w * obj.h;
    end
  end
end
