classdef Tint
  properties
    v
  end
  methods
    function t = Tint(x)
      t.v = x;
    end
  end
  enumeration
    Pale (noSuchFunction(1))
  end
end
