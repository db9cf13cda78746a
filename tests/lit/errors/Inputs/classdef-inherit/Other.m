classdef Other
  properties
    w = 5
  end
  methods
    function a = area(obj)
      a = 2 * obj.w;
    end
  end
end
