classdef Circle < Shape
  properties
    r = 1
  end
  methods
    function obj = Circle(r)
      obj = obj@Shape('circle');
      if nargin > 0
        obj.r = r;
      end
    end
    function a = area(obj)
      a = pi * obj.r^2 + area@Shape(obj);
    end
  end
end
