classdef Pt2
  properties
    x = 7
  end
end
