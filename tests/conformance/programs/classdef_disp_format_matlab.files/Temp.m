classdef Temp
  % A value class with a disp method (classdef_disp_format_matlab.m).
  properties
    deg = 20
  end
  methods
    function disp(t)
      fprintf('  %g degrees\n', t.deg);
    end
  end
end
