classdef Premium < Account
  methods
    function obj = Premium(id)
      obj = obj@Account(id);
      obj.tier = 5;
    end
    function obj = upgrade(obj)
      obj.tier = obj.tier + 1;
    end
  end
end
