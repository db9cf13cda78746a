% compan of a matrix: MATLAB's 'Input argument must be a vector.'
r = [1 -6 11 -6];
fprintf('roots: %d\n', numel(r) - 1);
A = compan(magic(3));
fprintf('not reached %d\n', A(1));
