classdef LabelStamp < Stamp
  properties
    label = ''
  end
  methods
    function obj = LabelStamp(serial, label)
      obj = obj@Stamp(serial * 10, 'label');
      obj.label = label;
    end
  end
end
