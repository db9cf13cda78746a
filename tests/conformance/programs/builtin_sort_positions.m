% sort with positions: NaN last ascending and first descending (in their
% order), equal values in their order (-0 and 0 too), integers, char,
% logical, along dim 2, and uint64 beyond 2^53 compared exactly.
x = [3 NaN 1 -0 0 2 NaN 1];
[a, i] = sort(x); fprintf('%g ', a, i); fprintf('\n');
[a, i] = sort(x, 'descend'); fprintf('%g ', a, i); fprintf('\n');
y = int8([5 -3 5 0 -128 127]);
[a, i] = sort(y, 'descend'); fprintf('%d ', a, i); fprintf('\n');
c = 'hello world';
[a, i] = sort(c); fprintf('%s|', a); fprintf('%d ', i); fprintf('\n');
M = [3 1; 1 2; 2 2];
[a, i] = sort(M, 2, 'descend'); fprintf('%g ', a, i); fprintf('\n');
[a, i] = sort(M); fprintf('%g ', a, i); fprintf('\n');
L = [true false true];
[a, i] = sort(L); fprintf('%d ', a, i); fprintf('\n');
u = uint64([18446744073709551615 18446744073709551614 3]);
[a, i] = sort(u); fprintf('%d ', i); fprintf('\n');
