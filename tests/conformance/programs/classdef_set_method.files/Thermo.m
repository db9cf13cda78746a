classdef Thermo
  properties
    celsius = 0
    history = {}
  end
  methods
    function obj = set.celsius(obj, v)
      if v < -273.15
        error('Thermo:range', 'Below absolute zero: %g', v);
      end
      obj.celsius = round(v * 10) / 10;
      obj.history{end + 1} = sprintf('%g', obj.celsius);
    end
    function obj = warmer(obj, d)
      obj.celsius = obj.celsius + d;
    end
  end
end
