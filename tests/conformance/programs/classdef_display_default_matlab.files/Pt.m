classdef Pt
  % A value class without a disp method (classdef_display_default_matlab.m).
  properties
    x = 0
    y = 0
    label = 'pt'
    tags = {}
    where = []
  end
  methods
    function p = Pt(x, y)
      if nargin > 0
        p.x = x;
        p.y = y;
      end
    end
  end
end
