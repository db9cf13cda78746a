% A non-integer index computed by division.
x = 1:10;
n = numel(x);
fprintf('middle of %d\n', n);
m = x((n + 1) / 2); % fails here
fprintf('not reached %d\n', m);
