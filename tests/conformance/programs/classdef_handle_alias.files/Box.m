classdef Box < handle
  % A handle with one value.
  properties
    v = 0
  end
  methods
    function b = Box(v)
      if nargin > 0
        b.v = v;
      end
    end
    function bump(b)
      b.v = b.v + 1;
    end
  end
end
