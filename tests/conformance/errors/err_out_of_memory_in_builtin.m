% A result too large for memory, made by a builtin's own buffers (blanks):
% an error at the line of the call, not an abort. MATLAB words it as its
% "Requested 1x1000000000000000 (...) array exceeds maximum array size
% preference" error; mcc says "Out of memory." (MATLAB:nomem) for every
% failed allocation.
fprintf('before\n');
x = blanks(1e15); % fails here
fprintf('not reached %d\n', numel(x));
