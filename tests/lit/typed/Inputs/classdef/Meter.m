classdef Meter
  properties
    reading (1,1) double {mustBeNonnegative} = 0
    note = ''
  end
  properties (Dependent)
    twice
  end
  methods
    function v = get.twice(obj)
      v = 2 * obj.reading;
    end
    function obj = set.note(obj, v)
      obj.note = upper(v);
    end
  end
end
