classdef Account
  % A base class whose constructor takes arguments (classdef_inherit_default_matlab.m).
  properties
    owner = 'nobody'
    balance = 0
  end
  methods
    function obj = Account(owner, balance)
      if nargin >= 1
        obj.owner = owner;
      end
      if nargin >= 2
        obj.balance = balance;
      end
      fprintf('Account(%d arguments)\n', nargin);
    end
  end
end
