classdef Counter < handle
  % A handle class: every copy of a Counter is the same counter.
  properties
    count = 0
    history = []
    label = 'counter'
  end
  methods
    function obj = Counter(start, label)
      % obj exists before the constructor's first line: a method may
      % change it already.
      if nargin > 0
        obj.add(start);
      end
      if nargin > 1
        obj.label = label;
      end
    end
    function add(obj, k)
      obj.count = obj.count + k;
      obj.history(end + 1) = k;
    end
    function reset(obj)
      obj.count = 0;
      obj.history = [];
    end
    function n = total(obj)
      n = sum(obj.history);
    end
    function obj = chained(obj, k)
      obj.add(k);
    end
  end
end
