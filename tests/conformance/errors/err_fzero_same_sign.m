% fzero on an interval whose end values have the same sign.
x = fzero(@(x) x.^2 - 4, [0 3]);
fprintf('root: %g\n', x);
x = fzero(@(x) x.^2 + 1, [0 3]); % fails here
fprintf('not reached %g\n', x);
