classdef Light < handle
  properties
    on = false
  end
  enumeration
    Kitchen, Hall
  end
end
