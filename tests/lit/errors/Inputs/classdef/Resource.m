classdef Resource < handle & matlab.mixin.SetGet
  properties
    id = 0
  end
  methods
    function delete(obj)
      fprintf('closing %g\n', obj.id);
    end
  end
end
