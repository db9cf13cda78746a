% Arrays of handle objects: built by indexed assignment (the gap filled by
% the constructor called without arguments, a new handle for each
% element); an element is the object itself, so h(k).prop = v, methods
% called on h(k), copies of h(k) and subarrays all change the one object;
% numel, [h.prop], {h.prop}, growth by end+1. Expected output from Octave 7
% (classdef_handle_arrays_matlab has what Octave 7 cannot run).
h(3) = Counter(3);
fprintf('%d objects, ids %d %d %d\n', numel(h), h(1).id, h(2).id, h(3).id);
h(1).count = 5;
fprintf('counts %d %d %d\n', h(1).count, h(2).count, h(3).count);
for k = 1:numel(h)
  h(k).id = 10 * k;
  add(h(k), k);
end
fprintf('ids %s, counts %s\n', mat2str([h.id]), mat2str([h.count]));
g = h(2);
g.count = 99;
fprintf('through a copy: %d\n', h(2).count);
h(2).add(1);
fprintf('through a method: %d %d\n', g.count, h(2).count);
names = {h.id};
fprintf('%s of %d\n', class(names), numel(names));
fprintf('class %s, size %d x %d\n', class(h), size(h, 1), size(h, 2));
pair = h([1 3]);
pair(2).count = -1;
fprintf('shared with a subarray: %d\n', h(3).count);
pair(1) = Counter(42);
fprintf('replaced in the subarray only: %d %d\n', pair(1).id, h(1).id);
list = Counter(1);
for k = 2:4
  list(end + 1) = Counter(k);
end
fprintf('grown to %d: %s\n', numel(list), mat2str([list.id]));
total = 0;
for k = 1:numel(list)
  list(k).add(k * k);
  total = total + list(k).count;
end
fprintf('total %d\n', total);
