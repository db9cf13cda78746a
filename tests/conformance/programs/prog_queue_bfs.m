% A FIFO queue and a LIFO stack kept in cell arrays: breadth-first and depth-first
% search on a small graph given as an adjacency list, shortest path reconstruction,
% and a bracket matcher using a stack of characters.
adj = {[2 3], [4], [4 5], [6], [6], [], [1]};   % node 7 unreachable from 1
names = {'A', 'B', 'C', 'D', 'E', 'F', 'G'};
% BFS
queue = {1};
dist = inf(1, numel(adj)); dist(1) = 0;
prev = zeros(1, numel(adj));
order = [];
while ~isempty(queue)
    u = queue{1};
    queue(1) = [];
    order(end + 1) = u; %#ok<AGROW>
    for w = adj{u}
        if isinf(dist(w))
            dist(w) = dist(u) + 1;
            prev(w) = u;
            queue{end + 1} = w; %#ok<AGROW>
        end
    end
end
fprintf('BFS order: %s\n', strjoin(names(order), ' '));
fprintf('distances: %s\n', mat2str(dist));
path = 6;
while prev(path(1)) ~= 0
    path = [prev(path(1)), path]; %#ok<AGROW>
end
fprintf('path to F: %s\n', strjoin(names(path), '->'));
% DFS with an explicit stack
stack = {1};
seen = false(1, numel(adj));
visit = {};
while ~isempty(stack)
    u = stack{end};
    stack(end) = [];
    if seen(u), continue; end
    seen(u) = true;
    visit{end + 1} = names{u}; %#ok<AGROW>
    nb = adj{u};
    for k = numel(nb):-1:1
        if ~seen(nb(k))
            stack{end + 1} = nb(k); %#ok<AGROW>
        end
    end
end
fprintf('DFS order: %s\n', strjoin(visit, ' '));
fprintf('unreached: %s\n', strjoin(names(~seen), ','));
% bracket matching
tests = {'(a[b]{c})', '([)]', '((x)', 'no brackets', '{[()()]}'};
for i = 1:numel(tests)
    fprintf('%-12s %s\n', tests{i}, tf(balanced(tests{i})));
end
% a queue of jobs as structs with priorities (stable by arrival)
jobs = {};
jobs{end+1} = struct('name', 'backup', 'pri', 2);
jobs{end+1} = struct('name', 'email', 'pri', 1);
jobs{end+1} = struct('name', 'build', 'pri', 3);
jobs{end+1} = struct('name', 'test', 'pri', 1);
pri = cellfun(@(j) j.pri, jobs);
[~, k] = sort(pri);
fprintf('run order: %s\n', strjoin(cellfun(@(j) j.name, jobs(k), 'UniformOutput', false), ', '));

function ok = balanced(s)
    open = '([{'; close = ')]}';
    st = '';
    ok = true;
    for ch = s
        if any(ch == open)
            st(end + 1) = ch; %#ok<AGROW>
        elseif any(ch == close)
            if isempty(st) || st(end) ~= open(close == ch)
                ok = false;
                return
            end
            st(end) = [];
        end
    end
    ok = isempty(st);
end

function s = tf(b)
    if b, s = 'balanced'; else, s = 'unbalanced'; end
end
