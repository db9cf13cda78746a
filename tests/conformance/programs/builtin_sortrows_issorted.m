% sortrows (columns, directions, index output, NaN, char) and issorted (directions, rows, dims, NaN).
A = [3 1; 1 2; 3 0; 1 1; 2 5];
[B, i] = sortrows(A);
pmat('sortrows', B); pval('i', i);
pmat('sortrows col 2', sortrows(A, 2));
[B, i] = sortrows(A, -1);
pmat('sortrows -1', B); pval('i', i);
pmat('sortrows [1 -2]', sortrows(A, [1 -2]));
pmat('sortrows NaN', sortrows([NaN 1; 2 2; 1 3]));
pmat('sortrows NaN descend', sortrows([NaN 1; 2 2; 1 3], -1));
pmat('sortrows char', sortrows(['cab'; 'abc'; 'bca']));
pmat('sortrows int8', sortrows(int8([2 1; -1 4])));
pmat('sortrows empty', sortrows(zeros(0, 2)));
fprintf('issorted: %d %d %d\n', issorted([1 2 2 3]), issorted([1 3 2]), issorted([]));
fprintf('issorted column: %d\n', issorted([1; 2; 5]));
fprintf('issorted NaN last: %d %d\n', issorted([1 2 NaN]), issorted([NaN 1 2]));
fprintf('issorted rows: %d %d\n', issorted([1 2; 1 3; 2 0], 'rows'), issorted([1 2; 1 1], 'rows'));
fprintf('issorted char: %d %d\n', issorted('abcz'), issorted('ba'));
fprintf('issorted scalar: %d\n', issorted(5));

function pmat(label, X)
  fprintf('%s: %s size', label, class(X));
  fprintf(' %d', size(X));
  fprintf(' |');
  fprintf(' %g', double(X(:)));
  fprintf('\n');
end

function pval(label, X)
  fprintf('%s:', label);
  fprintf(' %g', double(X(:)));
  fprintf('\n');
end
