classdef Mode
  enumeration
    Off, Standby, On
  end
end
