classdef Vec3 < Vec
  % Inherits Vec's operators; overrides plus.
  properties
    z = 0
  end
  methods
    function v = Vec3(x, y, z)
      v = v@Vec(x, y);
      v.z = z;
    end
    function r = plus(a, b)
      r = Vec3(a.x + b.x, a.y + b.y, a.z + b.z);
    end
  end
end
