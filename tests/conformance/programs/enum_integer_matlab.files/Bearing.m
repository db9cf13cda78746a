classdef Bearing < uint32
  enumeration
    North (0)
    East  (90)
    South (180)
    West  (270)
  end
end
