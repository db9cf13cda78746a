classdef Tank
  properties (Constant)
    MaxLevel = 10
    Area = 2 * 5 ^ 2
    Labels = {'low', 'high'}
    Limits = [2 8]
  end
  properties
    level = 0
  end
  methods
    function obj = Tank(level)
      if nargin > 0
        obj.level = min(level, Tank.MaxLevel);
      end
    end
    function r = fits(obj, x)
      r = x <= obj.MaxLevel;
    end
    function r = doubled(obj)
      r = obj.scale(obj.level, 2);
    end
    function s = label(obj)
      if obj.level < obj.Limits(2)
        s = obj.Labels{1};
      else
        s = obj.Labels{2};
      end
    end
  end
  methods (Static)
    function r = scale(x, k)
      if nargin < 2
        k = 10;
      end
      r = x * k;
    end
    function t = full()
      t = Tank(Tank.MaxLevel);
    end
    function [lo, hi] = range()
      lo = Tank.Limits(1);
      hi = Tank.Limits(2);
    end
  end
end
