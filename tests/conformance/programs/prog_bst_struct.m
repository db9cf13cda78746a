% A binary search tree stored as a struct array with index links (0 = none): insertion,
% recursive in-order/pre-order traversal, height, search, and a nested-struct expression
% tree evaluated recursively.
keys_ = [50 30 70 20 40 60 80 35 45 65];
tree = struct('key', {}, 'left', {}, 'right', {});
root = 0;
for k = keys_
    [tree, root] = insertKey(tree, root, k);
end
fprintf('%d nodes, root key %d\n', numel(tree), tree(root).key);
fprintf('in-order: %s\n', mat2str(inorder(tree, root)));
fprintf('pre-order: %s\n', mat2str(preorder(tree, root)));
fprintf('height: %d\n', treeHeight(tree, root));
for q = [45 55 80]
    [found, depth] = search(tree, root, q);
    fprintf('search %d: found %d at depth %d\n', q, found, depth);
end
leaves = arrayfun(@(n) n.left == 0 && n.right == 0, tree);
fprintf('leaves: %s\n', mat2str([tree(leaves).key]));

% expression tree with nested structs: (3 + 4) * (10 - 2 / 4)
e = op('*', op('+', num(3), num(4)), op('-', num(10), op('/', num(2), num(4))));
fprintf('%s = %g\n', show(e), evalTree(e));
fprintf('node count %d\n', countNodes(e));

function [t, root] = insertKey(t, root, k)
    t(end + 1) = struct('key', k, 'left', 0, 'right', 0);
    newIdx = numel(t);
    if root == 0
        root = newIdx;
        return
    end
    cur = root;
    while true
        if k < t(cur).key
            if t(cur).left == 0, t(cur).left = newIdx; return; end
            cur = t(cur).left;
        else
            if t(cur).right == 0, t(cur).right = newIdx; return; end
            cur = t(cur).right;
        end
    end
end

function out = inorder(t, i)
    if i == 0, out = []; return; end
    out = [inorder(t, t(i).left), t(i).key, inorder(t, t(i).right)];
end

function out = preorder(t, i)
    if i == 0, out = []; return; end
    out = [t(i).key, preorder(t, t(i).left), preorder(t, t(i).right)];
end

function h = treeHeight(t, i)
    if i == 0
        h = 0;
    else
        h = 1 + max(treeHeight(t, t(i).left), treeHeight(t, t(i).right));
    end
end

function [found, depth] = search(t, i, k)
    depth = 0; found = false;
    while i ~= 0
        depth = depth + 1;
        if t(i).key == k, found = true; return; end
        if k < t(i).key, i = t(i).left; else, i = t(i).right; end
    end
end

function n = num(v)
    n = struct('type', 'num', 'value', v, 'args', {{}});
end

function n = op(sym, a, b)
    n = struct('type', sym, 'value', NaN, 'args', {{a, b}});
end

function v = evalTree(n)
    if strcmp(n.type, 'num')
        v = n.value;
        return
    end
    a = evalTree(n.args{1});
    b = evalTree(n.args{2});
    switch n.type
        case '+', v = a + b;
        case '-', v = a - b;
        case '*', v = a * b;
        case '/', v = a / b;
    end
end

function s = show(n)
    if strcmp(n.type, 'num')
        s = num2str(n.value);
    else
        s = ['(' show(n.args{1}) ' ' n.type ' ' show(n.args{2}) ')'];
    end
end

function c = countNodes(n)
    c = 1;
    for k = 1:numel(n.args)
        c = c + countNodes(n.args{k});
    end
end
