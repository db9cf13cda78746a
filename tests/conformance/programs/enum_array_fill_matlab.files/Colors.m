classdef Colors
  properties
    R = 0
    G = 0
    B = 0
  end
  methods
    function c = Colors(r, g, b)
      c.R = r; c.G = g; c.B = b;
    end
    function v = brightness(c)
      v = (c.R + c.G + c.B) / 3;
    end
    function s = describe(c)
      s = sprintf('%s(%g,%g,%g)', char(c), c.R, c.G, c.B);
    end
  end
  enumeration
    Red (1, 0, 0)
    Green (0, 1, 0)
    Blue (0, 0, 1)
    Gray (0.5, 0.5, 0.5)
  end
end
