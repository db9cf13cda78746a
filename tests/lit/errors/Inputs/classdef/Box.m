classdef Box
  properties
    w = 1
  end
  properties (Constant)
    K = 3
  end
  methods
    function a = area(obj)
      a = obj.w^2;
    end
  end
end
