classdef Shared < Acct
  properties
    Limit = 3
  end
  properties (Access = protected)
    Note = 'x'
  end
end
