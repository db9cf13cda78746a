classdef Sensor
  % Properties with size, class and validation functions.
  properties
    Rate (1,1) double {mustBePositive} = 10
    Name (1,:) char = 'probe'
    Count (1,1) int32
    Gain (1,3) double
    Enabled (1,1) logical
    Tags cell
    Label string = "none"
    Mode {mustBeMember(Mode, {'fast', 'slow'})} = 'fast'
    Level {mustBeInteger, mustBeInRange(Level, 0, 10)} = 5
    Offset double {mustBeFinite, mustBeReal}
    Where (1,1) Spot
  end
  methods
    function obj = Sensor(rate)
      if nargin > 0
        obj.Rate = rate;
      end
    end
    function obj = scaled(obj, k)
      obj.Rate = obj.Rate * k;
    end
  end
end
