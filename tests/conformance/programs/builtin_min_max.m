% min and max: values and indices, dimensions, two-argument form, NaN, ties, empties.
x = [4 -2 9 9 0];
[m, i] = max(x);
fprintf('max %d at %d\n', m, i);
[m, i] = min(x);
fprintf('min %d at %d\n', m, i);
A = [3 8 1; 7 2 9];
[m, i] = max(A);
fprintf('max(A): '); fprintf('%d ', m); fprintf('idx: '); fprintf('%d ', i); fprintf('\n');
[m, i] = min(A, [], 2);
fprintf('min(A,[],2): '); fprintf('%d ', m); fprintf('idx: '); fprintf('%d ', i); fprintf('(size %d %d)\n', size(m));
[m, i] = max(A, [], 2);
fprintf('max(A,[],2): '); fprintf('%d ', m); fprintf('idx: '); fprintf('%d ', i); fprintf('\n');
fprintf('max(A,[],3) equals A: %d\n', isequal(max(A, [], 3), A));
fprintf('max(A(:)) = %d\n', max(A(:)));
fprintf('max(A, 5): '); fprintf('%d ', max(A, 5)); fprintf('\n');
fprintf('min(x, [1 1 1 1 1]): '); fprintf('%d ', min(x, ones(1, 5))); fprintf('\n');
fprintf('max broadcast: '); fprintf('%d ', max([1 5], [3; 4])); fprintf('\n');
% NaN is ignored unless everything is NaN
[m, i] = max([NaN 2 NaN 5]);
fprintf('max with NaN: %g at %d\n', m, i);
[m, i] = min([NaN 2 NaN -5]);
fprintf('min with NaN: %g at %d\n', m, i);
[m, i] = max([NaN NaN]);
fprintf('all NaN: %g at %d\n', m, i);
fprintf('max(NaN, 1) = %g, min(2, NaN) = %g, max(NaN, NaN) = %g\n', max(NaN, 1), min(2, NaN), max(NaN, NaN));
fprintf('with Inf: %g %g\n', max([1 Inf -Inf]), min([1 Inf -Inf]));
% ties take the first index
[~, i] = max([1 7 7 7]);
fprintf('tie index: %d\n', i);
[~, i] = min([2 1 1]);
fprintf('tie index: %d\n', i);
% empties
fprintf('max([]) size %d %d\n', size(max([])));
fprintf('logical: max(true, false) = %d\n', max(true, false));
fprintf('char: max(''hello'') = %d\n', max('hello'));
B = reshape([5 1 7 3 2 8 4 6], 2, 2, 2);
[m, i] = max(B, [], 3);
fprintf('3-D max: '); fprintf('%d ', m); fprintf('idx: '); fprintf('%d ', i); fprintf('\n');
