classdef Pt
  % A 2-d point: a value class with defaults, a nargin-dependent
  % constructor, methods, static methods and constants.
  properties
    x = 0
    y = 0
    label = 'origin'
    tags = {}
    history
  end
  properties (Constant)
    Dims = 2
    Unit = 'm'
  end
  methods
    function obj = Pt(x, y)
      if nargin >= 1
        obj.x = x;
        obj.label = 'point';
      end
      if nargin >= 2
        obj.y = y;
      end
    end
    function d = norm2(obj)
      d = sqrt(obj.x^2 + obj.y^2);
    end
    function obj = moved(obj, dx, dy)
      obj.x = obj.x + dx;
      obj.y = obj.y + dy;
      obj.history(end + 1) = dx + dy;
    end
    function obj = setX(obj, v)
      obj.x = v;
    end
    function [s, p] = sumProd(obj)
      s = obj.x + obj.y;
      p = obj.x * obj.y;
    end
    function show(obj)
      fprintf('%s (%g, %g)\n', obj.label, obj.x, obj.y);
    end
    function d = dist(obj, other)
      d = norm2(Pt(obj.x - other.x, obj.y - other.y));
    end
  end
  methods (Static)
    function p = unitX()
      p = Pt(1, 0);
    end
    function s = describe(n)
      s = sprintf('%d dims of %d', Pt.Dims, n);
    end
  end
end
