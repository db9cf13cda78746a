% splitapply of a function that returns a vector for a group.
g = [1; 1; 2];
x = [1; 2; 3];
fprintf('%d values\n', numel(x));
c = splitapply(@(x) cumsum(x), x, g); % fails here
fprintf('not reached %d\n', numel(c));
