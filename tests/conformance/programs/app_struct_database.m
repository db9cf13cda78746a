% Records in a struct array: add, filter with arrayfun, sort by a field, group by a
% category with unique/accumarray, update with deal, fieldnames and a summary.
db = struct('id', {}, 'name', {}, 'dept', {}, 'salary', {});
rows = {101, 'Ana', 'eng', 5200; 102, 'Ben', 'ops', 4100; 103, 'Cy', 'eng', 6100; ...
        104, 'Dee', 'hr', 3900; 105, 'Eli', 'ops', 4500; 106, 'Fay', 'eng', 5800};
for k = 1:size(rows, 1)
    db(end + 1) = struct('id', rows{k, 1}, 'name', rows{k, 2}, 'dept', rows{k, 3}, 'salary', rows{k, 4});
end
fprintf('%d records, fields: %s\n', numel(db), strjoin(fieldnames(db)', ' '));
rich = db(arrayfun(@(r) r.salary > 5000, db));
fprintf('over 5000: %s\n', strjoin({rich.name}, ', '));
[~, ix] = sort([db.salary], 'descend');
sorted = db(ix);
for k = 1:3
    fprintf('%d. %-4s %5d\n', k, sorted(k).name, sorted(k).salary);
end
[depts, ~, g] = unique({db.dept});
tot = accumarray(g(:), [db.salary]');
cnt = accumarray(g(:), 1);
mx = accumarray(g(:), [db.salary]', [], @max);
for k = 1:numel(depts)
    fprintf('%-4s n=%d total=%6d mean=%8.2f max=%d\n', depts{k}, cnt(k), tot(k), tot(k) / cnt(k), mx(k));
end
eng = strcmp({db.dept}, 'eng');
[db(eng).dept] = deal('R&D');
fprintf('%s ', db.dept); fprintf('\n');
[a, b, c] = deal(1, 'two', {3});
fprintf('%d %s %s\n', a, b, class(c));
[p, q] = deal(7);
fprintf('%d %d\n', p, q);
db = rmfield(db, 'id');
fprintf('%s\n', strjoin(fieldnames(db)', ','));
s = struct('a', 1, 'b', 'text');
s.c.d = [1 2 3];
fprintf('%d %d %d\n', isfield(s, 'c'), isfield(s.c, 'd'), isstruct(s.c));
names = arrayfun(@(r) sprintf('%s:%d', r.name, r.salary), db, 'UniformOutput', false);
fprintf('%s\n', strjoin(names, ' '));
ls = accumarray([1; 2; 1; 3], [10; 20; 30; 40], [4 1], @(v) {sort(v)'});
fprintf('%s %s %s %s\n', mat2str(ls{1}), mat2str(ls{2}), mat2str(ls{3}), mat2str(ls{4}));
