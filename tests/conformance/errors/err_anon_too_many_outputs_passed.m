% A handle to an anonymous function that is no call, passed to a function
% that asks it for two outputs: "Too many output arguments." there.
[p, q] = apply2(@(x) x + 1, 2);
fprintf('not reached %d %d\n', p, q);
function [a, b] = apply2(fn, x)
  fprintf('calling\n');
  [a, b] = fn(x); % fails here
end
