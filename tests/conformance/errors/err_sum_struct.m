% sum of a struct: MATLAB's "Invalid data type. First argument must be
% numeric or logical." (sum and mean check their input's class), not the
% "Undefined function" of element-wise functions.
s.a = 1;
fprintf('before\n');
t = sum(s);
fprintf('not reached\n');
