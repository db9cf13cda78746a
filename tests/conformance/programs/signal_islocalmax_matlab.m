% EXPECTED: hand-written (Octave 7 has no islocalmax/islocalmin), from MATLAB's
% documentation: an element is a local maximum (minimum) when it is greater
% (less) than its neighbours; of a flat run, 'FlatSelection' 'center' (the
% default) marks its middle element, 'first', 'last' or 'all' the others; the
% first and last elements never are; a matrix is worked on column by column,
% or along dim.
A = [1 3 2 5 4 4 4 6 1 2 2 2 0];
tf = islocalmax(A);
fprintf('%s %d %d\n', class(tf), size(tf));
fprintf('%d ', tf); fprintf('\n');
fprintf('%d ', islocalmin(A)); fprintf('\n');
fprintf('%d ', islocalmax(A, 'FlatSelection', 'first')); fprintf('\n');
fprintf('%d ', islocalmax(A, 'FlatSelection', 'last')); fprintf('\n');
fprintf('%d ', islocalmax(A, 'FlatSelection', 'all')); fprintf('\n');
fprintf('%d ', islocalmin(A, 'FlatSelection', 'all')); fprintf('\n');
fprintf('%d ', find(islocalmax(A))); fprintf('\n');
fprintf('%d ', islocalmax([37 37 23 1 1 1], 'FlatSelection', 'all')); fprintf('\n');
M = [1 5 2; 4 2 6; 2 7 1; 3 1 5];
fprintf('%d %d %d\n', islocalmax(M)');
fprintf('%d %d %d\n', islocalmax(M, 2)');
fprintf('%d %d %d\n', islocalmin(M, 2)');
% Peaks of a sampled signal.
x = 0:0.5:10;
y = sin(x);
fprintf('%.1f ', x(islocalmax(y))); fprintf('\n');
fprintf('%.1f ', x(islocalmin(y))); fprintf('\n');
