classdef Vec
  % A value class whose methods share their names with a builtin (norm)
  % and a function on the path (describe).
  properties
    x = 0
    y = 0
  end
  methods
    function v = Vec(x, y)
      v.x = x;
      v.y = y;
    end
    function r = norm(v)
      r = abs(v.x) + abs(v.y);  % the 1-norm, unlike the builtin's default
    end
    function s = describe(v)
      s = sprintf('Vec(%g, %g)', v.x, v.y);
    end
    function [a, b] = parts(v)
      a = v.x;
      b = v.y;
    end
  end
end
