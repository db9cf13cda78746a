classdef Sized
  % One superclass of Box and Tag (classdef_inherit_multiple.m).
  properties
    size2 = [1 1]
  end
  methods
    function obj = Sized(sz)
      if nargin > 0
        obj.size2 = sz;
      end
    end
    function n = area(obj)
      n = prod(obj.size2);
    end
  end
end
