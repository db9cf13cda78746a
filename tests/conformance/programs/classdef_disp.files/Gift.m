classdef Gift < Money
  % Inherits Money's disp.
end
