classdef Tank
  properties
    Level (1,1) double {mustBeInRange(Level, 0, 100)} = 150
  end
end
