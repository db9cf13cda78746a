% unique, union, intersect, setdiff, setxor, ismember: sorted and stable order, index outputs, rows, NaN, classes, empties.
x = [3 1 2 3 1 5];
[c, ia, ic] = unique(x);
pmat('unique', c); pval('ia', ia); pval('ic', ic);
[c, ia] = unique(x, 'stable');
pmat('unique stable', c); pval('ia', ia);
[c, ia] = unique(x, 'last');
pval('ia last', ia);
pmat('unique col', unique([2; 2; 1]));
pmat('unique matrix', unique([4 2; 2 1]));
pmat('unique NaN', unique([NaN 1 NaN 1]));
pmat('unique char', unique('hello'));
pmat('unique int8', unique(int8([5 -1 5])));
pmat('unique logical', unique([true false true]));
R = [1 2; 3 4; 1 2; 0 9];
[c, ia, ic] = unique(R, 'rows');
pmat('unique rows', c); pval('ia', ia); pval('ic', ic);
[c, ia] = unique(R, 'rows', 'stable');
pmat('unique rows stable', c); pval('ia', ia);
a = [5 1 3 3 7]; b = [4 3 1 9];
[c, ia, ib] = union(a, b);
pmat('union', c); pval('ia', ia); pval('ib', ib);
[c, ia, ib] = union(a, b, 'stable');
pmat('union stable', c); pval('ia', ia); pval('ib', ib);
pmat('union cols', union([2; 1], [3; 1]));
pmat('union mixed', union([2 1], [3; 1]));
[c, ia, ib] = intersect(a, b);
pmat('intersect', c); pval('ia', ia); pval('ib', ib);
[c, ia, ib] = intersect(a, b, 'stable');
pmat('intersect stable', c); pval('ia', ia);
pmat('intersect none', intersect([1 2], [3 4]));
[c, ia] = setdiff(a, b);
pmat('setdiff', c); pval('ia', ia);
[c, ia] = setdiff(a, b, 'stable');
pmat('setdiff stable', c); pval('ia', ia);
pmat('setdiff col', setdiff([4; 1; 2], 2));
[c, ia, ib] = setxor(a, b);
pmat('setxor', c); pval('ia', ia); pval('ib', ib);
pmat('union NaN', union([1 NaN], [NaN 2]));
pmat('intersect NaN', intersect([1 NaN], [NaN 1]));
pmat('union rows', union([1 2; 3 4], [3 4; 0 0], 'rows'));
pmat('intersect rows', intersect([1 2; 3 4; 5 6], [5 6; 1 2], 'rows'));
pmat('setdiff rows', setdiff([1 2; 3 4; 5 6], [3 4], 'rows'));
pmat('union char', union('abc', 'bcd'));
pmat('union int', union(int8([1 2]), [2 3]));
[tf, loc] = ismember([1 5 2 NaN], [2 1 4 NaN]);
pmat('ismember tf', tf); pmat('ismember loc', loc);
[tf, loc] = ismember([1 2; 3 4], [4 1]);
pmat('ismember matrix', tf); pmat('loc', loc);
[tf, loc] = ismember([1 2; 3 4; 5 6], [5 6; 1 2], 'rows');
pval('ismember rows tf', tf); pval('loc', loc);
pmat('ismember char', ismember('hello', 'lo'));
pmat('ismember empty', ismember(zeros(1, 0), [1 2]));
fprintf('ismember scalar: %d %d\n', ismember(3, [1 2 3]), ismember(4, []));

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
