classdef Spot
  properties
    x = 0
  end
end
