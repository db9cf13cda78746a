% bsxfun of an anonymous function and arrays whose non-singleton dimensions differ:
% "Non-singleton dimensions of the two input arrays must match each other."
a = [1 2 3];
fprintf('rows: %d\n', size(bsxfun(@plus, a, [1; 2]), 1));
b = bsxfun(@(x, y) x + y, a, [1 2]); % fails here
fprintf('not reached %d\n', b);
