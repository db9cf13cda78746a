classdef Account
  properties (SetAccess = private)
    balance = 0
  end
  properties (SetAccess = private)
    id
  end
  properties (Access = private)
    pin = 1234
  end
  properties (SetAccess = protected)
    tier = 1
  end
  properties (Dependent)
    summary
  end
  methods
    function obj = Account(id)
      obj.id = id;
    end
    function obj = deposit(obj, x)
      obj.balance = obj.balance + Account.rounded(x);
      obj = obj.promote();
    end
    function ok = check(obj, p)
      ok = p == obj.pin;
    end
    function obj = changePin(obj, old, new)
      if obj.check(old)
        obj.pin = new;
      end
    end
    function s = get.summary(obj)
      s = sprintf('#%d: %g (tier %d)', obj.id, obj.balance, obj.tier);
    end
  end
  methods (Access = private)
    function obj = promote(obj)
      if obj.balance >= 100
        obj.tier = 2;
      end
    end
  end
  methods (Static, Access = private)
    function r = rounded(x)
      r = round(x * 100) / 100;
    end
  end
end
