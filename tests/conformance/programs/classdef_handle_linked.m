% classdef handle objects that reference each other: a queue of linked nodes and a tree whose nodes hold their children.
q = Queue();
for k = 1:5
  q.push(k * 10);
end
fprintf('length %d, head %d, tail %d\n', q.len, q.head.value, q.tail.value);
fprintf('popped %d %d\n', q.pop(), q.pop());
q.push(99);
% walk the chain from the head
n = q.head;
while ~isempty(n)
  fprintf('%d ', n.value);
  n = n.next;
end
fprintf('\nlength %d\n', q.len);
while q.len > 0
  q.pop();
end
fprintf('empty head %d, tail %d\n', isempty(q.head), isempty(q.tail));
% a tree: changing a node reached through its parent changes the node
root = Node(1);
left = Node(2);
right = Node(3);
root.addChild(left);
root.addChild(right);
left.addChild(Node(4));
fprintf('tree sum %d\n', root.treeSum());
right.value = 30;
root.children{1}.children{1}.value = 40;
fprintf('tree sum %d, left child %d\n', root.treeSum(), left.children{1}.value);
