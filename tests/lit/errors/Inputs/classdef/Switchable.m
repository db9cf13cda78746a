classdef Switchable < handle
  enumeration
    Up, Down
  end
end
