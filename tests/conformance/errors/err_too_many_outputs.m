% Asking a one-output function for two outputs.
v = one_output(2);
fprintf('one output: %d\n', v);
[a, b] = one_output(2); % fails here
fprintf('not reached %d %d\n', a, b);

function r = one_output(x)
  r = x + 1;
end
