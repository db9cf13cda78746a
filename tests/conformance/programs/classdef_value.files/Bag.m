classdef Bag
  % A value class without a constructor: the default one.
  properties
    items = {}
    info = struct('count', 0)
    data = [1 2 3]
    where
  end
  methods
    function b = add(b, v)
      b.items{end + 1} = v;
      b.info.count = b.info.count + 1;
    end
    function n = count(b)
      n = numel(b.items);
    end
  end
end
