% Arrays of handle objects, what Octave 7 cannot run.
% EXPECTED: hand-written from MATLAB's documentation. Concatenation,
% deletion, transpose, isa(h, 'handle'), == (identity), for over the
% columns, arrayfun, isvalid of an array and delete of an element; and
% NAME.empty / NAME.empty(m, n) of a class without an empty method (an
% empty array of its objects, no constructor call), growing by assignment
% (Object Arrays:
% "Accessing Properties and Methods in Object Arrays", handle class:
% "eq" compares handles, isvalid "returns a logical array ... true for
% elements of H that are valid handles"; for iterates over the columns of
% its array; empty: "x = ClassName.empty returns an empty 0-by-0 array of
% the specified class"; Initialize Object Arrays for the gap).
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
list = Counter.empty;
fprintf('%d %s %d\n', numel(list), class(list), isempty(list));
for k = 1:3
  list(end + 1) = Counter(k);
end
fprintf('%d: %s\n', numel(list), mat2str([list.id]));
list(2).add(5);
fprintf('counts %s\n', mat2str([list.count]));
z = Counter.empty(0, 3);
fprintf('%d x %d, empty %d\n', size(z, 1), size(z, 2), isempty(z));
p = Spot.empty;
fprintf('%s %d\n', class(p), numel(p));
p(2) = Spot(1, 2);
fprintf('%d: x %d %d\n', numel(p), p(1).x, p(2).x);
