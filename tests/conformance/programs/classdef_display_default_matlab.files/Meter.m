classdef Meter < handle
  % A handle class without a disp method.
  properties
    reading = 0
  end
end
