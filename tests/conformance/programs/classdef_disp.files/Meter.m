classdef Meter < handle
  % A handle class with a disp method.
  properties
    reading = 0
  end
  methods
    function tick(m)
      m.reading = m.reading + 1;
    end
    function disp(m)
      fprintf('  meter at %d\n', m.reading);
    end
  end
end
