classdef Curve
  properties
    points = 0;
  end
  methods
    function obj = Curve(n)
      obj.points = n;
    end
    function n = plot(obj)
      n = obj.points;
    end
  end
end
