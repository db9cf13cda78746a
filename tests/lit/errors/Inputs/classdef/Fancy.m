classdef Fancy < matlab.mixin.Copyable
  properties (Dependent)
    area
  end
  properties
    w (1,1) double {mustBeEven} = 1
    when datetime
    z (1,n) = 1
  end
  events
    Changed
  end
  methods
    function v = get.area(obj, extra)
      v = obj.w^2;
    end
    function r = plus(a, b)
      r = a.w + b.w;
    end
    function display(obj)
      fprintf('%g\n', obj.w);
    end
  end
end
