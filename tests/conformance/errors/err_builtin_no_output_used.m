% A builtin that returns nothing, used as a value: MATLAB's error when the
% call runs.
fprintf('before\n');
y = 5 * disp('shown');
fprintf('not reached %d\n', y);
