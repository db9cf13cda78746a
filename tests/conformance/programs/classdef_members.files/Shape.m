classdef Shape
  % A value class with properties, a constant, methods and a static method.
  properties
    width = 1
    height = 2
    Name = 'shape'
  end
  properties (Constant)
    SIDES = 4
  end
  methods
    function s = Shape(w, h)
      if nargin > 0
        s.width = w;
        s.height = h;
      end
    end
    function a = area(s)
      a = s.width * s.height;
    end
    function p = perimeter(s)
      p = 2 * (s.width + s.height);
    end
    function s = scaledCopyOfTheShapeByAFactor(s, f)
      s.width = s.width * f;
    end
  end
  methods (Static)
    function s = unit()
      s = Shape(1, 1);
    end
  end
end
