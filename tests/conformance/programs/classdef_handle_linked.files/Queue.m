classdef Queue < handle
  % A FIFO queue of Nodes: head and tail are handles into one chain.
  properties
    head = []
    tail = []
    len = 0
  end
  methods
    function push(q, v)
      n = Node(v);
      if isempty(q.tail)
        q.head = n;
      else
        q.tail.next = n;
      end
      q.tail = n;
      q.len = q.len + 1;
    end
    function v = pop(q)
      v = q.head.value;
      q.head = q.head.next;
      if isempty(q.head)
        q.tail = [];
      end
      q.len = q.len - 1;
    end
  end
end
