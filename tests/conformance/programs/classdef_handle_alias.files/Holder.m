classdef Holder
  % A value class holding a handle: copies of the Holder are copies, the Box in them is shared.
  properties
    box
    tag = 0
  end
  methods
    function h = Holder(b)
      h.box = b;
    end
  end
end
