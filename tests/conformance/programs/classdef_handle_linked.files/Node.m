classdef Node < handle
  % A node of a linked list or a tree: handles to other nodes.
  properties
    value
    next = []
    children = {}
  end
  methods
    function n = Node(v)
      n.value = v;
    end
    function addChild(n, c)
      n.children{end + 1} = c;
    end
    function s = treeSum(n)
      s = n.value;
      for k = 1:numel(n.children)
        s = s + n.children{k}.treeSum();
      end
    end
  end
end
