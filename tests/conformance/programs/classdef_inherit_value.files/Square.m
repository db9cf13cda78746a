classdef Square < Shape
  % No call of Shape's constructor: MATLAB calls it without arguments first.
  properties
    side = 2
  end
  methods
    function obj = Square(s)
      obj.side = s;
    end
    function a = area(obj)
      a = obj.side^2;
    end
    function s = describe(obj)
      t = describe@Shape(obj);
      s = ['square ' t];
    end
  end
end
