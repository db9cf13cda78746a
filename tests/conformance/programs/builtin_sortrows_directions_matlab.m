% EXPECTED: hand-written (Octave 7's sortrows takes no cell of directions),
% from MATLAB's sortrows documentation: sortrows(A, column, direction) with
% direction a cell array sorts by each listed column in its own direction
% ('ascend' or 'descend'), ties kept in their original order.
A = [3 1 2; 1 1 1; 3 1 2; 2 5 0; 1 2 9];
[B, i] = sortrows(A, [1 3], {'ascend' 'descend'});
fprintf('%d ', i); fprintf('\n');
fprintf('%d %d %d\n', B');
[~, i] = sortrows(A, [2 1], {'descend', 'ascend'});
fprintf('%d ', i); fprintf('\n');
c = sortrows({'b', 'x'; 'a', 'y'; 'b', 'a'}, [1 2], {'ascend', 'descend'});
ct = c';
fprintf('%s%s ', ct{:}); fprintf('\n');
