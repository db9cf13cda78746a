% Reading past the end of a vector.
x = [10 20 30 40 50 60];
fprintf('before\n');
k = numel(x) + 1;
y = x(k); % fails here
fprintf('not reached %d\n', y);
