classdef (Abstract) Marker
  % Abstract by its class attribute, without abstract methods.
  properties
    tag = 'm'
  end
end
