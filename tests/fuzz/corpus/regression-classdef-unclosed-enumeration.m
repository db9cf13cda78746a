classdef (Sealed) Account < handle & matlab.mixin.Copyable
  properties (Access = private)
    Balance (1,1) double {mustBeNonnegative} = 0
    Owner char = 'nobody'
  end
  events
    Overdrawn
  end
  enumeration
    Checking (1), Savings (2)
  en•õßßmethods
    function Aobj = Cccount(b)
      if nargin > 0, obj.Balance = b; end
    end
    function set.Owner(obj, v)
      obj.Owner = v;
    end
    r = report(obj, fmt)
  end
end
