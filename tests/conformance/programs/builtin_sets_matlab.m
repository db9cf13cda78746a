% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% Set functions where Octave 7 differs from MATLAB's documentation:
% unique(x, 'stable') has a third output ic with c(ic) == x; intersect(a, b,
% 'stable') gives ib with c == b(ib); ismember's loc is the lowest index in S
% ("the lowest index in S"); unique of a row vector is a row vector, 1x0 too;
% sortrows(A, 'descend') and sortrows(A, column, 'descend') (Octave 7 has
% neither form); the same unique and ismember cases on cellstr.
x = [3 1 2 3 1 5];
[c, ia, ic] = unique(x, 'stable');
fprintf('ic:'); fprintf(' %d', ic); fprintf('\n');
[c, ia, ib] = intersect([5 1 3 3 7], [4 3 1 9], 'stable');
fprintf('ib:'); fprintf(' %d', ib); fprintf('\n');
[tf, loc] = ismember([1 2 7], [2 1 1 2]);
fprintf('loc:'); fprintf(' %d', loc); fprintf('\n');
fprintf('unique(zeros(1,0)): %d %d\n', size(unique(zeros(1, 0))));
A = [3 1; 1 2; 3 0; 1 1; 2 5];
fprintf('sortrows descend:'); fprintf(' %d', sortrows(A, 'descend').'); fprintf('\n');
fprintf('sortrows 2 descend:'); fprintf(' %d', sortrows(A, 2, 'descend').'); fprintf('\n');
c = {'pear', 'apple', 'fig', 'apple', 'kiwi', 'fig'};
[u, ia, ic] = unique(c, 'stable');
fprintf('cellstr ic:'); fprintf(' %d', ic); fprintf('\n');
[tf, loc] = ismember({'fig', 'apple', 'plum'}, c);
fprintf('cellstr loc:'); fprintf(' %d', loc); fprintf('\n');
[tf, loc] = ismember('apple', c);
fprintf('char loc: %d\n', loc);
