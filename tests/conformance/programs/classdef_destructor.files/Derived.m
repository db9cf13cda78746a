classdef Derived < Base
  properties
    child
  end
  methods
    function obj = Derived(t, c)
      obj = obj@Base(t);
      obj.child = c;
    end
    function delete(obj)
      fprintf('Derived.delete %s (child %s)\n', obj.tag, obj.child.tag);
    end
  end
end
