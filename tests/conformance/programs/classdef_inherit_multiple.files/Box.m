classdef Box < Named & Sized
  % Two superclasses, both constructors called explicitly.
  properties
    color = 'red'
  end
  methods
    function obj = Box(n, sz)
      obj = obj@Named(n);
      obj = obj@Sized(sz);
    end
  end
end
