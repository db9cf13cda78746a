classdef Hot < Temp
  % Inherits Temp's disp.
end
