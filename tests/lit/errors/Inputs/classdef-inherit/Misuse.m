classdef Misuse < Base
  methods
    function obj = Misuse(w)
      if w > 0
        obj = obj@Base(w);
      end
    end
    function a = area(obj)
      a = area@Other(obj) + nothing@Base(obj);
    end
  end
end
