% An anonymous function whose body is no call gives one output: asking it
% for two is MATLAB's "Too many output arguments." at the call.
f = @(x) x + 1;
fprintf('one output: %d\n', f(1));
[a, b] = f(1); % fails here
fprintf('not reached %d %d\n', a, b);
