classdef Shade
  properties
    level (1,1) double = 0
  end
  methods
    function s = Shade(v)
      s.level = v;
    end
    function s = darker(s)
      s.level = s.level / 2;
    end
  end
  enumeration
    Light (1)
    Dark (0.25)
  end
end
