classdef Wallet < handle
  properties
    balance = 0
    changes = 0
  end
  methods
    function set.balance(obj, v)
      obj.balance = v;
      obj.changes = obj.changes + 1;
    end
    function deposit(obj, x)
      obj.balance = obj.balance + x;
    end
  end
end
