classdef Tally < handle
  % A handle class with eq: == compares counts, not identity.
  properties
    n = 0
  end
  methods
    function t = Tally(n)
      t.n = n;
    end
    function r = eq(a, b)
      r = a.n == b.n;
    end
    function r = plus(a, b)
      a.n = a.n + b;
      r = a;
    end
  end
end
