classdef Money
  % A value class with a disp method (classdef_disp.m).
  properties
    amount = 0
    currency = 'EUR'
  end
  methods
    function m = Money(a, c)
      if nargin > 0
        m.amount = a;
      end
      if nargin > 1
        m.currency = c;
      end
    end
    function disp(m)
      fprintf('  %.2f %s\n', m.amount, m.currency);
    end
    function r = plus(a, b)
      r = Money(a.amount + b.amount, a.currency);
    end
  end
end
