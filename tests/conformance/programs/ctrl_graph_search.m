% queue/stack with cell arrays, BFS on an adjacency matrix, Dijkstra
adj = [0 1 1 0 0; 1 0 0 1 0; 1 0 0 1 0; 0 1 1 0 1; 0 0 0 1 0];
n = size(adj, 1);
visited = false(1, n);
queue = 1;
visited(1) = true;
order = [];
while ~isempty(queue)
  v = queue(1);
  queue(1) = [];
  order(end+1) = v; %#ok
  nb = find(adj(v, :));
  for w = nb
    if ~visited(w)
      visited(w) = true;
      queue(end+1) = w; %#ok
    end
  end
end
fprintf('bfs: %s\n', num2str(order));
W = [0 4 1 0; 4 0 2 5; 1 2 0 8; 0 5 8 0];
dist = inf(1, 4); dist(1) = 0;
done = false(1, 4);
prev = zeros(1, 4);
for k = 1:4
  d = dist; d(done) = inf;
  [~, u] = min(d);
  done(u) = true;
  for v = find(W(u, :) > 0)
    alt = dist(u) + W(u, v);
    if alt < dist(v)
      dist(v) = alt;
      prev(v) = u;
    end
  end
end
fprintf('dist: %s\n', mat2str(dist));
path = 4;
while prev(path(1)) ~= 0
  path = [prev(path(1)) path];
end
fprintf('path: %s\n', mat2str(path));
stack = {};
tokens = {'3', '4', '+', '2', '*'};
for i = 1:numel(tokens)
  t = tokens{i};
  switch t
    case {'+', '-', '*', '/'}
      b = stack{end}; stack(end) = [];
      a = stack{end}; stack(end) = [];
      switch t
        case '+', r = a + b;
        case '-', r = a - b;
        case '*', r = a * b;
        case '/', r = a / b;
      end
      stack{end+1} = r;
    otherwise
      stack{end+1} = str2double(t);
  end
end
fprintf('rpn = %g\n', stack{1});
