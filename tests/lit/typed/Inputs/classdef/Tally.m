classdef Tally < handle
  properties
    count = 0
    best = 0
  end
  methods
    function add(t, v)
      t.count = t.count + 1;
      t.best = max(t.best, v);
    end
    function m = max(t)
      m = t.best;
    end
  end
end
