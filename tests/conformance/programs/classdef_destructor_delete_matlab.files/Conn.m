classdef Conn < handle
  properties
    name = ''
    fail = false
  end
  methods
    function obj = Conn(n, fail)
      obj.name = n;
      if nargin > 1
        obj.fail = fail;
      end
    end
    function delete(obj)
      fprintf('closing %s (valid %d)\n', obj.name, isvalid(obj));
      if obj.fail
        error('Conn:close', 'cannot close %s', obj.name);
      end
    end
    function describe(obj)
      fprintf('conn %s\n', obj.name);
    end
  end
end
