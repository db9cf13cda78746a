classdef Stamp
  properties (SetAccess = immutable)
    serial
    made = 'factory'
  end
  methods
    function obj = Stamp(serial, made)
      obj.serial = serial;
      if nargin > 1
        obj.made = made;
      end
    end
    function s = describe(obj)
      s = sprintf('%s-%d', obj.made, obj.serial);
    end
  end
end
