classdef Named
  % One superclass of Box and Tag (classdef_inherit_multiple.m).
  properties
    name = 'anon'
  end
  methods
    function obj = Named(n)
      if nargin > 0
        obj.name = n;
      end
    end
    function s = label(obj)
      s = ['name: ' obj.name];
    end
  end
end
