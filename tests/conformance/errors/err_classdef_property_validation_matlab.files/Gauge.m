classdef Gauge < handle
  properties
    Value (1,1) double {mustBeNonnegative} = 0
  end
end
