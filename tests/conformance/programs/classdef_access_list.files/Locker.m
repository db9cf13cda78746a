classdef Locker
  properties (Access = {?Auditor})
    secret = 42
  end
  properties (SetAccess = {?Auditor, ?Locker})
    note = ''
  end
  properties (Access = {})
    seal = 1
  end
  methods (Access = ?Auditor)
    function r = peek(obj)
      r = obj.secret + obj.seal;
    end
  end
  methods
    function r = own(obj)
      r = obj.secret * 10 + obj.peek();
    end
    function obj = relabel(obj, text)
      obj.note = upper(text);
    end
  end
end
