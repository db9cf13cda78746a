% Reading the first element of an empty array.
x = [];
fprintf('numel %d\n', numel(x));
y = x(1); % fails here
fprintf('not reached %d\n', y);
