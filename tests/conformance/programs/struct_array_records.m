% Struct arrays: build in a loop, [s.f], arrayfun with UniformOutput false, dynamic fields,
% fieldnames loops, rmfield, isfield, orderfields, struct() with cell values.
people = struct('name', {'Ann', 'Bob', 'Cy'}, 'age', {31, 25, 47});
fprintf('%d people, size %dx%d\n', numel(people), size(people, 1), size(people, 2));
ages = [people.age];
fprintf('ages %s mean %.2f\n', mat2str(ages), mean(ages));
names = {people.name};
fprintf('names %s\n', strjoin(names, ','));
[~, idx] = sort(ages);
sorted = people(idx);
fprintf('youngest %s, oldest %s\n', sorted(1).name, sorted(end).name);
people(4).name = 'Di';
fprintf('grown: %d, new age empty: %d\n', numel(people), isempty(people(4).age));
people(4).age = 19;
labels = arrayfun(@(p) sprintf('%s(%d)', p.name, p.age), people, 'UniformOutput', false);
fprintf('%s\n', strjoin(labels, ' '));
older = people([people.age] > 30);
fprintf('over 30: %s\n', strjoin({older.name}, ','));
rec = struct('id', 7, 'value', 2.5, 'tag', 'x');
f = fieldnames(rec);
for k = 1:numel(f)
  v = rec.(f{k});
  if ischar(v)
    fprintf('%s: %s\n', f{k}, v);
  else
    fprintf('%s: %g\n', f{k}, v);
  end
end
rec.('extra') = 1;
fn = 'value';
rec.(fn) = rec.(fn) * 2;
fprintf('value %g, has extra %d, has foo %d\n', rec.value, isfield(rec, 'extra'), isfield(rec, 'foo'));
fprintf('isfield cell: %s\n', mat2str(isfield(rec, {'id', 'nope', 'tag'})));
rec = rmfield(rec, 'extra');
fprintf('fields: %s\n', strjoin(fieldnames(rec)', ','));
o = orderfields(rec);
fprintf('ordered: %s\n', strjoin(fieldnames(o)', ','));
s = struct('m', {{1, 2}});
fprintf('cell field: size %dx%d, class %s\n', size(s, 1), size(s, 2), class(s.m));
e = struct([]);
fprintf('empty struct: %d %d\n', isempty(e), isstruct(e));
[people.age] = deal(0);
fprintf('after deal: %s\n', mat2str([people.age]));
t = struct('x', {});
t(2).x = 5;
fprintf('t: %d, t(1).x empty %d\n', numel(t), isempty(t(1).x));
