% Deep assignments that grow nested structs and arrays: s.a(2).b(3) = v, fields created on
% the way, cells inside structs inside cells, and updates through dynamic field names.
s = struct();
s.a(2).b(3) = 5;
fprintf('a: %d elements, a(2).b = %s, a(1).b empty: %d\n', numel(s.a), mat2str(s.a(2).b), isempty(s.a(1).b));
s.a(1).b = 'text';
s.a(2).c = {1, 'two'};
fprintf('a(1).b = %s, a(2).c{2} = %s, a(1).c empty: %d\n', s.a(1).b, s.a(2).c{2}, isempty(s.a(1).c));
s.list{3} = 'third';
fprintf('list: %d cells, first empty %d\n', numel(s.list), isempty(s.list{1}));
s.m(2, 3) = 7;
fprintf('m size %s sum %d\n', mat2str(size(s.m)), sum(s.m(:)));
c = {};
c{2}.name = 'x';
c{2}.vals(4) = 1;
fprintf('cell of struct: %d cells, name %s, vals %s\n', numel(c), c{2}.name, mat2str(c{2}.vals));
c{3}{2} = 'inner';
fprintf('nested cell: %s, %d\n', c{3}{2}, numel(c{3}));
key = 'speed';
cfg.(key).max = 10;
cfg.(key).unit = 'm/s';
cfg.([key '2']) = 3;
fprintf('%d %s %d\n', cfg.speed.max, cfg.(key).unit, cfg.speed2);
for k = 1:3
  rec.(sprintf('f%d', k)) = k^2;
end
fprintf('fields %s values %s\n', strjoin(fieldnames(rec)', ','), mat2str(cell2mat(struct2cell(rec))'));
t.items = struct('id', {});
for k = 1:3
  t.items(end+1) = struct('id', k * 10);
end
fprintf('items %s\n', mat2str([t.items.id]));
t.items(2).id = 99;
t.items(2) = [];
fprintf('after edit and delete %s\n', mat2str([t.items.id]));
q = s;
q.a(2).b(1) = -1;
fprintf('copy independent: %d vs %d\n', s.a(2).b(1), q.a(2).b(1));
data.x = 1:5;
data.x(data.x > 3) = 0;
data.y = data.x';
data.y(end+1) = 9;
fprintf('x %s y %s\n', mat2str(data.x), mat2str(data.y'));
