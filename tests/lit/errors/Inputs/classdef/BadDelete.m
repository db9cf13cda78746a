classdef BadDelete < handle
  properties
    id = 0
  end
  methods
    function ok = delete(obj, force)
      ok = force;
    end
  end
end
