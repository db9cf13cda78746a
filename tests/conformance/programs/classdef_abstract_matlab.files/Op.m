classdef Op
  % An abstract class: it declares abstract methods (classdef_abstract_matlab.m).
  properties
    bias = 7
  end
  methods (Abstract)
    r = compute(obj, x)
    s = label(obj)
  end
  methods
    function s = run(obj, x)
      % Calls the subclass's implementations.
      s = sprintf('%s: %g', label(obj), obj.compute(x));
    end
  end
end
