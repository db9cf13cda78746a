classdef Acct
  properties
    Owner = 'ann'
  end
  properties (Access = private)
    Pin = 1234
  end
  properties (GetAccess = protected, SetAccess = private)
    Audit = 2
  end
  properties (Hidden)
    Tag = 7
  end
  properties (SetAccess = private)
    Balance = 10
  end
  methods
    function o = Acct(b)
      if nargin > 0
        o.Balance = b;
      end
    end
  end
end
