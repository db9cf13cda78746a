classdef Vault
  properties (SetAccess = private)
    gold = 0
  end
  properties (SetAccess = immutable)
    owner = ''
  end
  properties (Access = private)
    code = 1
  end
  properties (SetAccess = protected)
    level = 1
  end
  properties (GetAccess = protected)
    audit = 0
  end
  methods
    function obj = Vault(owner)
      obj.owner = owner;
    end
    function obj = rename(obj, owner)
      obj.owner = owner;
    end
  end
  methods (Access = private)
    function obj = reset(obj)
      obj.gold = 0;
    end
  end
  methods (Static, Access = private)
    function r = secret()
      r = 42;
    end
  end
end
