% Element-wise operation on vectors of different lengths.
a = [1 2 3];
b = [10 20];
fprintf('a has %d, b has %d elements\n', numel(a), numel(b));
c = a + b; % fails here
fprintf('not reached %d\n', c);
