classdef Resource < handle & Base
  properties
    id = 0
  end
  methods
    function delete(obj)
      fprintf('closing %g\n', obj.id);
    end
  end
end
