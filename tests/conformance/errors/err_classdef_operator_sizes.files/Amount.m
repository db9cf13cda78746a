classdef Amount
  % A class with a plus method (err_classdef_operator_sizes.m).
  properties
    v = 0
  end
  methods
    function a = Amount(v)
      a.v = v;
    end
    function r = plus(a, b)
      r = Amount(a.v + b.v);
    end
  end
end
