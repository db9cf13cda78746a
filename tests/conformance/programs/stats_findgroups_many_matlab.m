% EXPECTED: hand-written (Octave 7 has no findgroups), from MATLAB's
% findgroups documentation: G = findgroups(A1, ..., AN) numbers the unique
% combinations of values across the grouping variables, sorted (by A1,
% then A2, ...); [G, ID1, ..., IDN] also gives each group's values, one
% output per variable, and a missing value in any variable makes that
% element's group NaN. The documentation's example: A1 = {'a','a','b','b'},
% A2 = [0 1 0 0] give G = [1 2 3 3], ID1 = {'a','a','b'}, ID2 = [0 1 0].
A1 = {'a', 'a', 'b', 'b'};
A2 = [0 1 0 0];
[G, ID1, ID2] = findgroups(A1, A2);
fprintf('%d ', G); fprintf('| %d %d\n', size(G));
fprintf('%s ', ID1{:}); fprintf('| %d %d\n', size(ID1));
fprintf('%d ', ID2); fprintf('| %d %d\n', size(ID2));
% Columns, three variables, a missing value.
smoker = [1; 0; 1; 1; 0; 0];
sex = {'M'; 'F'; 'M'; 'F'; 'F'; 'M'};
age = [30; 40; 30; NaN; 40; 50];
[g, s, x, y] = findgroups(smoker, sex, age);
fprintf('%g ', g); fprintf('| %d %d\n', size(g));
fprintf('%d ', s); fprintf('| %d %d\n', size(s));
fprintf('%s ', x{:}); fprintf('| %d %d\n', size(x));
fprintf('%d ', y); fprintf('| %d %d\n', size(y));
% With splitapply: mean weight per (smoker, sex) group.
weight = [80; 60; 90; 70; 64; 75];
g2 = findgroups(smoker, sex);
fprintf('%g ', splitapply(@mean, weight, g2)); fprintf('\n');
