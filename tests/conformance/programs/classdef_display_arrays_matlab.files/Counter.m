classdef Counter < handle
  properties
    id = 0
    count = 0
  end
  methods
    function obj = Counter(id)
      if nargin > 0
        obj.id = id;
      end
    end
    function add(obj, n)
      obj.count = obj.count + n;
    end
  end
end
