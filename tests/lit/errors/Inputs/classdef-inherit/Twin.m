classdef Twin < Base
  properties
    h = 2
    w = 3
  end
end
