classdef Meter
  properties
    reading (1,1) double {mustBeNonnegative} = 0
    note = ''
  end
  methods
    function obj = set.note(obj, v)
      obj.note = upper(v);
    end
  end
end
