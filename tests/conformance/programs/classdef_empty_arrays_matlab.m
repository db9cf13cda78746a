% NAME.empty and NAME.empty(m, n) of a class that defines no empty method:
% an empty array of its objects (no constructor call), which grows by
% indexed assignment, for a handle and for a value class.
% EXPECTED: hand-written from MATLAB's documentation (empty: "x = ClassName.empty
% returns an empty 0-by-0 array of the specified class", "empty(n, 0, ...)";
% Initialize Object Arrays for the gap). Octave 7.3 has no empty method.
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
