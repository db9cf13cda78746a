classdef Vec
  % A 2-D vector whose operators are methods (classdef_operators.m).
  properties
    x = 0
    y = 0
  end
  methods
    function v = Vec(x, y)
      if nargin > 0
        v.x = x;
        v.y = y;
      end
    end
    function r = plus(a, b)
      a = Vec.lift(a);
      b = Vec.lift(b);
      r = Vec(a.x + b.x, a.y + b.y);
    end
    function r = minus(a, b)
      a = Vec.lift(a);
      b = Vec.lift(b);
      r = Vec(a.x - b.x, a.y - b.y);
    end
    function r = uminus(a)
      r = Vec(-a.x, -a.y);
    end
    function r = uplus(a)
      r = Vec(abs(a.x), abs(a.y));
    end
    function r = times(a, b)
      a = Vec.lift(a);
      b = Vec.lift(b);
      r = Vec(a.x * b.x, a.y * b.y);
    end
    function r = mtimes(a, b)
      % scalar * vector, vector * scalar, or the dot product
      if isnumeric(a)
        r = Vec(a * b.x, a * b.y);
      elseif isnumeric(b)
        r = Vec(a.x * b, a.y * b);
      else
        r = a.x * b.x + a.y * b.y;
      end
    end
    function r = rdivide(a, b)
      b = Vec.lift(b);
      r = Vec(a.x / b.x, a.y / b.y);
    end
    function r = mrdivide(a, s)
      r = Vec(a.x / s, a.y / s);
    end
    function r = mpower(a, n)
      r = Vec(a.x ^ n, a.y ^ n);
    end
    function r = eq(a, b)
      a = Vec.lift(a);
      b = Vec.lift(b);
      r = a.x == b.x && a.y == b.y;
    end
    function r = ne(a, b)
      r = ~(a == b);
    end
    function r = lt(a, b)
      r = norm2(a) < norm2(b);
    end
    function r = gt(a, b)
      r = norm2(a) > norm2(b);
    end
    function r = le(a, b)
      r = ~(a > b);
    end
    function r = ge(a, b)
      r = ~(a < b);
    end
    function r = not(a)
      r = a.x == 0 && a.y == 0;
    end
    function r = and(a, b)
      r = ~(~a) && ~(~b);
    end
    function r = or(a, b)
      r = ~(~a) || ~(~b);
    end
    function r = ctranspose(a)
      r = Vec(a.y, a.x);
    end
    function r = transpose(a)
      r = Vec(-a.y, -a.x);
    end
    function n = norm2(v)
      if isnumeric(v)
        n = abs(v);
      else
        n = sqrt(v.x^2 + v.y^2);
      end
    end
    function s = str(v)
      s = sprintf('(%g, %g)', v.x, v.y);
    end
  end
  methods (Static)
    function v = lift(v)
      if isnumeric(v)
        v = Vec(v, v);
      end
    end
  end
end
