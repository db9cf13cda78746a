classdef Tag
  properties
    x = 1
  end
end
