classdef Ring < Circle
  % Three levels: Ring < Circle < Shape.
  properties
    inner = 0.5
  end
  methods
    function obj = Ring(r, inner)
      obj = obj@Circle(r);
      obj.name = 'ring';
      obj.inner = inner;
    end
    function a = area(obj)
      a = area@Circle(obj) - pi * obj.inner^2;
    end
  end
end
