classdef Animal < handle
  % The base of the handle classes Dog and Puppy (classdef_inherit_handle.m).
  properties
    name = ''
    sound = '...'
    count = 0
  end
  methods
    function obj = Animal(name)
      obj@handle();  % handle's constructor: nothing to do
      if nargin > 0
        obj.name = name;
      end
    end
    function s = speak(obj)
      obj.count = obj.count + 1;
      s = sprintf('%s says %s', obj.name, obj.sound);
    end
    function rename(obj, n)
      obj.name = n;
    end
  end
end
