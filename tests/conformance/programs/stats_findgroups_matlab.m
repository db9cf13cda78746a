% EXPECTED: hand-written (Octave 7 has no findgroups/splitapply), from MATLAB's
% documentation: findgroups numbers the sorted unique values of a grouping
% vector 1..N (G has A's shape, ID the unique values), NaN and '' are
% missing (G is NaN there); splitapply(func, X, G) applies func to the data
% of each group and gathers the scalar results down a column; NaN group
% numbers are left out.
A = [30 10 20 10 30 30];
[G, ID] = findgroups(A);
fprintf('%d ', G); fprintf('| %d %d\n', size(G));
fprintf('%d ', ID); fprintf('| %d %d\n', size(ID));
[G2, ID2] = findgroups([2; NaN; 1; 2]);
fprintf('%g ', G2); fprintf('| %d %d\n', size(G2));
fprintf('%g ', ID2); fprintf('| %d %d\n', size(ID2));
names = {'pump'; 'valve'; 'pump'; ''; 'motor'; 'valve'};
[g, id] = findgroups(names);
fprintf('%g ', g); fprintf('\n');
fprintf('%s ', id{:}); fprintf('| %d %d\n', size(id));
fprintf('%d\n', iscell(id));
% splitapply: per-group statistics.
load_kw = [1.5; 2.0; 1.0; 9.9; 3.5; 2.5];
fprintf('%.2f ', splitapply(@sum, load_kw, g)); fprintf('\n');
m = splitapply(@mean, load_kw, g);
fprintf('%.2f ', m); fprintf('| %d %d\n', size(m));
fprintf('%d ', splitapply(@numel, load_kw, g)); fprintf('\n');
fprintf('%.2f ', splitapply(@(x) max(x) - min(x), load_kw, g)); fprintf('\n');
% Two data variables, and a matrix split by rows.
w = [1; 1; 2; 0; 1; 1];
fprintf('%.4f ', splitapply(@(x, v) sum(x .* v) / sum(v), load_kw, w, g)); fprintf('\n');
X = [1 2; 3 4; 5 6; 7 8];
fprintf('%d ', splitapply(@(r) sum(r(:)), X, [1; 2; 1; 2])); fprintf('\n');
% Cells gather non-scalar results.
c = splitapply(@(x) {sort(x)'}, load_kw, g);
fprintf('%d %d %s\n', size(c), class(c));
fprintf('%.1f ', c{3}); fprintf('\n');
% The ID and the group results side by side, as a report.
for k = 1:numel(id)
  fprintf('%-6s %5.2f\n', id{k}, m(k));
end
