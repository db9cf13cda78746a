classdef Dog < Animal & handle
  % A handle class because its superclass is one (the explicit "& handle" changes nothing).
  properties
    tricks = {}
  end
  methods
    function obj = Dog(name)
      obj@Animal(name);
      obj.sound = 'woof';
    end
    function learn(obj, t)
      obj.tricks{end+1} = t;
    end
    function s = speak(obj)
      s = [speak@Animal(obj) ' (wags)'];
    end
  end
end
