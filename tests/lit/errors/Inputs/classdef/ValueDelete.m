classdef ValueDelete
  properties
    id = 0
  end
  methods
    function delete(obj)
      fprintf('value %g\n', obj.id);
    end
  end
end
