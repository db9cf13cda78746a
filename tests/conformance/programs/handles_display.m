% EXPECTED: hand-written from MATLAB's documentation (Octave shows handles
% and func2str of anonymous functions with its own spacing): a handle shows
% as "function_handle with value:" and its text; func2str of an anonymous
% function is its text without blanks.
f = @sin
g = @(x) x.^2 + 1
fprintf('%s\n', func2str(g));
b = 3;
h = @(x, y) b * x - y;
fprintf('%s\n', func2str(h));
disp(f)
