% Arrays of handle objects, what Octave 7 cannot run: concatenation,
% deletion, transpose, isa(h, 'handle'), == (identity), for over the
% columns, arrayfun, isvalid of an array and delete of an element.
% EXPECTED: hand-written from MATLAB's documentation (Object Arrays:
% "Accessing Properties and Methods in Object Arrays", handle class:
% "eq" compares handles, isvalid "returns a logical array ... true for
% elements of H that are valid handles"; for iterates over the columns of
% its array).
a = Counter(1);
b = Counter(2);
w = [a, b, Counter(3)];
fprintf('%d objects of class %s, handle %d\n', numel(w), class(w), isa(w, 'handle'));
fprintf('identity: %d %d\n', w(1) == a, w(2) == a);
w(3).count = 30;
w(2) = [];
fprintf('after deletion: %s, last count %d\n', mat2str([w.id]), w(end).count);
col = w';
fprintf('size %d x %d\n', size(col, 1), size(col, 2));
for o = w
  o.add(5);
end
fprintf('after the loop: %s\n', mat2str([w.count]));
ids = arrayfun(@(o) o.id * 100, w);
fprintf('arrayfun: %s\n', mat2str(ids));
delete(w(1));
fprintf('valid %s, a valid %d\n', mat2str(isvalid(w)), isvalid(a));
