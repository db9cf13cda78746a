classdef Level
  properties
    value (1,1) double {mustBeNonnegative} = 0
  end
  properties (Dependent)
    half
  end
  methods
    function h = get.half(obj)
      h = obj.value / 2;
    end
  end
end
