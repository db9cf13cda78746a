classdef TreeNode < handle
  properties
    value = 0
    children TreeNode
  end
  methods
    function obj = TreeNode(v)
      if nargin > 0, obj.value = v; end
    end
    function add(obj, c)
      obj.children(end + 1) = c;
    end
    function s = total(obj)
      s = obj.value;
      for k = 1:numel(obj.children)
        s = s + obj.children(k).total();
      end
    end
  end
end
