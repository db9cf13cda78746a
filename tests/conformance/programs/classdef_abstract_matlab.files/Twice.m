classdef Twice < Op
  % Concrete: it implements both abstract methods.
  methods
    function r = compute(obj, x)
      r = 2 * x + obj.bias;
    end
    function s = label(obj)
      s = 'twice';
    end
  end
end
