classdef Price < Money
  % Overrides disp and calls Money's (disp@Money).
  properties
    item = '?'
  end
  methods
    function p = Price(item, a)
      p = p@Money(a);
      p.item = item;
    end
    function disp(p)
      fprintf('  %s:\n', p.item);
      disp@Money(p);
    end
  end
end
