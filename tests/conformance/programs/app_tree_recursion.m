% Recursive algorithms on nested data: a directory-like tree of structs and cells summed
% recursively, depth, a flattened path list, recursive merge sort and binary search.
tree = node('root', 0, {node('bin', 12, {}), node('src', 3, {node('a.m', 40, {}), ...
        node('b.m', 25, {node('deep', 7, {})})}), node('doc', 5, {})});
fprintf('total size %d, depth %d\n', treeSize(tree), treeDepth(tree));
paths = treePaths(tree, '');
fprintf('%s\n', paths{:});
v = [38 27 43 3 9 82 10 3];
s = mergeSort(v);
fprintf('%s\n', mat2str(s));
for q = [3 10 50]
    fprintf('find %d -> %d\n', q, binSearch(s, q, 1, numel(s)));
end
fprintf('fib(20) = %d, hanoi(6) moves = %d\n', fib(20), hanoi(6));
fprintf('gcd chain %d\n', euclid(1071, 462));

function n = node(name, size, children)
    n = struct('name', name, 'size', size, 'children', {children});
end
function s = treeSize(n)
    s = n.size;
    for k = 1:numel(n.children), s = s + treeSize(n.children{k}); end
end
function d = treeDepth(n)
    d = 1;
    for k = 1:numel(n.children), d = max(d, 1 + treeDepth(n.children{k})); end
end
function p = treePaths(n, prefix)
    here = [prefix '/' n.name];
    p = {here};
    for k = 1:numel(n.children), p = [p, treePaths(n.children{k}, here)]; end %#ok<AGROW>
end
function s = mergeSort(v)
    if numel(v) <= 1, s = v; return; end
    m = floor(numel(v) / 2);
    a = mergeSort(v(1:m)); b = mergeSort(v(m+1:end));
    s = zeros(1, numel(v)); i = 1; j = 1;
    for k = 1:numel(v)
        if j > numel(b) || (i <= numel(a) && a(i) <= b(j)), s(k) = a(i); i = i + 1;
        else, s(k) = b(j); j = j + 1; end
    end
end
function i = binSearch(s, q, lo, hi)
    if lo > hi, i = -1; return; end
    mid = floor((lo + hi) / 2);
    if s(mid) == q, i = mid;
    elseif s(mid) < q, i = binSearch(s, q, mid + 1, hi);
    else, i = binSearch(s, q, lo, mid - 1); end
end
function f = fib(n)
    if n < 2, f = n; else, f = fib(n - 1) + fib(n - 2); end
end
function m = hanoi(n)
    if n == 0, m = 0; else, m = 2 * hanoi(n - 1) + 1; end
end
function g = euclid(a, b)
    if b == 0, g = a; else, g = euclid(b, mod(a, b)); end
end
