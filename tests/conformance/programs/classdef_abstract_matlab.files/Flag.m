classdef Flag < Marker
  % Concrete: the Abstract attribute is not inherited.
end
