% Struct arrays as tables: sort by a numeric field and by a text field, filter with logical
% masks, cell2struct/struct2cell, arrayfun returning numbers, struct array from loops.
names = {'pump', 'valve', 'motor', 'fan', 'gauge'};
cost = [120 45.5 300 80 15];
qty = [2 10 1 4 25];
items = struct('name', names, 'cost', num2cell(cost), 'qty', num2cell(qty));
fprintf('%d items\n', numel(items));
[~, order] = sort([items.cost], 'descend');
for k = order
  fprintf('  %-6s %7.2f x %2d\n', items(k).name, items(k).cost, items(k).qty);
end
[~, order] = sort({items.name});
fprintf('by name: %s\n', strjoin({items(order).name}, ' '));
value = arrayfun(@(s) s.cost * s.qty, items);
fprintf('values: %s total %.2f\n', mat2str(value), sum(value));
cheap = items([items.cost] < 100 & [items.qty] > 3);
fprintf('cheap and plenty: %s\n', strjoin({cheap.name}, ','));
c = struct2cell(items(1));
fprintf('struct2cell: %d values, first %s\n', numel(c), c{1});
s = cell2struct({'x', 1; 'y', 2}, {'label', 'value'}, 2);
fprintf('cell2struct: %d records, %s=%d %s=%d\n', numel(s), s(1).label, s(1).value, s(2).label, s(2).value);
t = struct('a', {});
for k = 1:3
  t(end+1).a = k * 10;
end
fprintf('grown: %s\n', mat2str([t.a]));
t(2) = [];
fprintf('after delete: %s\n', mat2str([t.a]));
items(3).qty = 0;
instock = items([items.qty] > 0);
fprintf('in stock: %d\n', numel(instock));
fprintf('any over 200: %d, all named: %d\n', any([items.cost] > 200), all(~cellfun(@isempty, {items.name})));
m = max([items.qty]);
fprintf('max qty %d by %s\n', m, items([items.qty] == m).name);
f = fieldnames(items);
fprintf('fields: %s\n', strjoin(f', ','));
items = rmfield(items, 'qty');
fprintf('after rmfield: %d fields\n', numel(fieldnames(items)));
