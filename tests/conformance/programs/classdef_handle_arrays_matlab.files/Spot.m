classdef Spot
  properties
    x = 0
    y = 0
  end
  methods
    function obj = Spot(x, y)
      if nargin > 0
        obj.x = x;
        obj.y = y;
      end
    end
  end
end
