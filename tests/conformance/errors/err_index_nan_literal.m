% A NaN index written as a literal is MATLAB's error, not a crash.
x = [1 2];
fprintf('before\n');
y = x(NaN); % fails here
fprintf('not reached %g\n', y);
