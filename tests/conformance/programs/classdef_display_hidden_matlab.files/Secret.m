classdef Secret < handle
  properties (Access = private)
    Key = 42
  end
  properties (Hidden = true)
    Salt = 1
  end
end
