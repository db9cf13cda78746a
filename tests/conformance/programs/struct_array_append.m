% Struct and cell arrays grown one element at a time by s(end+1) (in place, amortised O(1)): rows, columns, new fields on the way, another field order, shared copies left unchanged.
s = struct('id', {}, 'val', {});
for k = 1:5000
  s(end+1).id = k;
  s(end).val = mod(k * 31, 101);
end
fprintf('%d %s %d %d\n', numel(s), mat2str(size(s)), s(end).id, sum([s.val]));
t = s;                          % a copy shares the elements: growing s leaves t alone
s(end+1).id = -1;
fprintf('%d %d %d %d\n', numel(s), numel(t), s(end).id, isempty(s(end).val));
s(end+1).extra = 'new';         % a field s lacks is added to every element
fprintf('%d %d %d\n', numel(s), isfield(s, 'extra'), isempty(s(1).extra));
s(end+1) = struct('val', 7, 'id', 8, 'extra', 'x');   % same fields, another order
fprintf('%d %d %d %s\n', numel(s), s(end).id, s(end).val, strjoin(fieldnames(s)', ','));
c = struct('n', {});
c(1).n = 1;
c(2, 1).n = 2;                 % a column
for k = 3:6
  c(end+1).n = k;
end
fprintf('%s %s\n', mat2str(size(c)), mat2str([c.n]));
one = struct('a', 1);
one(end+1) = struct('a', 2);   % 1x1 grows to a row
fprintf('%s %s\n', mat2str(size(one)), mat2str([one.a]));
q = {};
for k = 1:4000
  q(end+1) = {k * 2};
end
fprintf('%d %s %d\n', numel(q), mat2str(size(q)), q{end});
r = {1; 2};
r(end+1) = {'three'};
fprintf('%s %s\n', mat2str(size(r)), r{3});
try
  s(end+1) = struct('other', 1);
catch err
  fprintf('caught dissimilar: %d\n', ~isempty(err.message));
end
fprintf('%d\n', numel(s));
