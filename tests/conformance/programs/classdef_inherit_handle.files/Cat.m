classdef Cat < Animal
  % No constructor: MATLAB's default one passes nothing here (Cat()), so Animal's runs without arguments.
  properties
    lives = 9
  end
  methods
    function s = speak(obj)
      obj.lives = obj.lives - 1;
      s = sprintf('cat (%d lives left)', obj.lives);
    end
  end
end
