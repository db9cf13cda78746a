classdef Savings < Account
  % No constructor: MATLAB's default one passes its arguments to Account's.
  properties
    rate = 0.02
  end
end
