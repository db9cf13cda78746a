% EXPECTED: hand-written (Octave 7 has no islocalmax/islocalmin), from
% MATLAB's islocalmax documentation: [TF, P] = islocalmax(A) also gives the
% prominence of each local maximum (0 elsewhere): its height above the
% higher of the lowest values on either side before the data first rise
% above it (or end); 'MinProminence' keeps the maxima at least that
% prominent, 'MinSeparation' keeps the more prominent of two maxima closer
% than that many samples, 'MaxNumExtrema' n the n most prominent. Minima
% are the same on -A.
x = [1 2 4 8 7 3 2 5 9 6];
[tf, p] = islocalmax(x);
fprintf('%d ', tf); fprintf('\n');
fprintf('%g ', p); fprintf('| %s\n', class(p));
[tf, p] = islocalmin(x);
fprintf('%d ', tf); fprintf('| '); fprintf('%g ', p); fprintf('\n');
fprintf('%d ', islocalmax(x, 'MinProminence', 4)); fprintf('\n');
fprintf('%d ', islocalmax(x, 'MinProminence', 3)); fprintf('\n');
fprintf('%d ', islocalmax(x, 'MaxNumExtrema', 1)); fprintf('\n');
fprintf('%d ', islocalmax(x, 'MinSeparation', 3)); fprintf('\n');
fprintf('%d ', islocalmax(x, 'MinSeparation', 6)); fprintf('\n');
% A plateau: its middle element, prominent over the higher side's minimum.
y = [0 5 5 5 1 3 2];
[tf, p] = islocalmax(y);
fprintf('%d ', tf); fprintf('| '); fprintf('%g ', p); fprintf('\n');
fprintf('%d ', islocalmax(y, 'MinProminence', 2, 'FlatSelection', 'first')); fprintf('\n');
% Column by column.
M = [1 0; 3 4; 2 1; 5 3; 4 2];
[tf, p] = islocalmax(M);
fprintf('%d %d\n', tf');
fprintf('%g %g\n', p');
