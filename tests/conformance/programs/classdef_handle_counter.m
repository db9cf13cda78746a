% classdef handle classes: copies of a handle share one object; methods and functions change the caller's object without returning it.
a = Counter(5, 'first');
b = a;
b.add(2);
fprintf('a %d, b %d, %s\n', a.count, b.count, b.label);
addTwice(a, 10);
fprintf('after addTwice: %d (history %s)\n', b.count, mat2str(b.history));
b.label = 'renamed';
fprintf('label through a: %s\n', a.label);
c = a.chained(1).chained(1);
fprintf('chained: %d %d, total %d\n', a.count, c.count, c.total());
reset(c);
fprintf('reset through c: %d, isempty %d\n', a.count, isempty(a.history));
% a fresh object is a different one
d = Counter();
d.add(3);
fprintf('a %d, d %d\n', a.count, d.count);
% in a loop, through a function that returns nothing
for k = 1:4
  addTwice(d, k);
end
fprintf('d %d after the loop, %d entries\n', d.count, numel(d.history));
fprintf('class %s, isobject %d, isstruct %d, isa handle %d\n', class(d), isobject(d), isstruct(d), isa(d, 'handle'));
% accumulate over a vector
acc = Counter(0);
arrayfun(@(x) acc.add(x^2), 1:5);
fprintf('sum of squares %d\n', acc.count);
