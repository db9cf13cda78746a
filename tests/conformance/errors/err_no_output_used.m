% A function without outputs used where a value is needed is MATLAB's
% "Too many output arguments." when the call runs (found by the fuzzer:
% the code generator used to crash on it).
fprintf('before\n');
n = numel(no_result(2));
fprintf('not reached %d\n', n);

function no_result(x)
  fprintf('no_result(%d)\n', x);
end
