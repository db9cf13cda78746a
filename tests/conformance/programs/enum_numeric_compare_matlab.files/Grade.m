classdef Grade < int16
  enumeration
    High (30)
    Low (-5)
    Mid (10)
  end
end
