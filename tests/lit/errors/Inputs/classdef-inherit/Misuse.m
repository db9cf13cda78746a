classdef Misuse < Base
  methods
    function obj = Misuse(w)
      if w > 0
        obj = obj@Base(w);
      end
    end
    function a = area(obj)
      a = area@Other(obj);
    end
    function n = extra(obj)
      n = extra@Base(obj);
    end
    function n = other(obj)
      n = area@Base(obj);
    end
  end
end
