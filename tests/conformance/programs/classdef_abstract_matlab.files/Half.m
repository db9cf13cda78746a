classdef Half < Op
  % Still abstract: label is not implemented.
  methods
    function r = compute(obj, x)
      r = x / 2;
    end
  end
end
