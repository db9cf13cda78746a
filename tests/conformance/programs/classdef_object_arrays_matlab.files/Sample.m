classdef Sample
  properties
    x = 0
    y = 0
  end
  methods
    function obj = Sample(x, y)
      if nargin > 0
        obj.x = x;
        obj.y = y;
        fprintf('Sample(%g, %g)\n', x, y);
      else
        fprintf('Sample()\n');
      end
    end
    function d = dist(obj)
      d = sqrt(obj.x^2 + obj.y^2);
    end
    function obj = shifted(obj, dx)
      obj.x = obj.x + dx;
    end
  end
end
