classdef Tone < int8
  properties
    volume = 1
  end
  enumeration
    Low (1)
    High
  end
end
