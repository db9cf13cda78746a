classdef Dial < handle
  % A handle class with a disp method.
  properties
    pos = 0
  end
  methods
    function turn(d)
      d.pos = d.pos + 1;
    end
    function disp(d)
      fprintf('  dial at %d\n', d.pos);
    end
  end
end
