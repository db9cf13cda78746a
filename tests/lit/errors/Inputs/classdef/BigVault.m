classdef BigVault < Vault
  methods
    function obj = BigVault(owner)
      obj = obj@Vault(owner);
      obj.level = 2;
      obj.audit = obj.audit + 1;
    end
    function c = peek(obj)
      c = obj.code;
    end
  end
end
