classdef Puppy < Dog
  % A handle class three levels down: Puppy < Dog < Animal < handle.
  properties
    age = 1
  end
  methods
    function obj = Puppy(name, age)
      obj = obj@Dog(name);
      obj.age = age;
      obj.sound = 'yip';
    end
    function s = speak(obj)
      s = sprintf('%s, age %d', speak@Dog(obj), obj.age);
    end
  end
end
