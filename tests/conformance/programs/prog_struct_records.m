% Struct arrays built in a loop from parallel lists, sorting records by a field,
% filtering with arrayfun, a report table with fprintf, and dynamic field names.
names = {'Pump A', 'Valve 7', 'Motor 3', 'Sensor 12', 'Pump B', 'Fan 2'};
costs = [1200.5, 85.25, 640, 42.9, 1310, 210.75];
qty   = [2 14 3 40 1 6];
cats  = {'mech', 'mech', 'elec', 'elec', 'mech', 'elec'};
items = struct('name', {}, 'cost', {}, 'qty', {}, 'cat', {});
for i = 1:numel(names)
    items(end + 1).name = names{i}; %#ok<SAGROW>
    items(end).cost = costs(i);
    items(end).qty = qty(i);
    items(end).cat = cats{i};
end
fprintf('%d records, fields: %s\n', numel(items), strjoin(fieldnames(items)', ', '));

% sort by total value, descending
total = [items.cost] .* [items.qty];
[~, idx] = sort(total, 'descend');
sorted = items(idx);
fprintf('%-10s %8s %4s %10s\n', 'Item', 'Cost', 'Qty', 'Total');
fprintf('%s\n', repmat('-', 1, 35));
for r = sorted
    fprintf('%-10s %8.2f %4d %10.2f\n', r.name, r.cost, r.qty, r.cost * r.qty);
end
fprintf('%s\n', repmat('-', 1, 35));
fprintf('%-10s %24.2f\n', 'Sum', sum(total));

% sort by name
[~, ia] = sort({items.name});
fprintf('alphabetical: %s\n', strjoin({items(ia).name}, '; '));

% filter with logical indexing over the struct array
isElec = strcmp({items.cat}, 'elec');
fprintf('electrical items: %d, cheapest %s\n', nnz(isElec), cheapest(items(isElec)));
big = arrayfun(@(s) s.cost > 500, items);
fprintf('expensive: %s\n', strjoin({items(big).name}, ', '));

% group totals by category with dynamic field names
totals = struct();
for i = 1:numel(items)
    c = items(i).cat;
    if ~isfield(totals, c)
        totals.(c) = 0;
    end
    totals.(c) = totals.(c) + items(i).cost * items(i).qty;
end
fn = fieldnames(totals);
for i = 1:numel(fn)
    fprintf('category %s: %.2f\n', fn{i}, totals.(fn{i}));
end

% update in place and remove a record
items(2).qty = items(2).qty - 4;
items(strcmp({items.name}, 'Fan 2')) = [];
fprintf('after edit: %d records, valve qty %d\n', numel(items), items(2).qty);
s = rmfield(items(1), 'cat');
fprintf('rmfield leaves %d fields; isfield(name,cat) = %s\n', numel(fieldnames(s)), mat2str(isfield(s, {'name', 'cat'})));
sa = orderfields(struct('b', 1, 'a', 2, 'c', 3));
fprintf('ordered fields: %s\n', strjoin(fieldnames(sa)', ' '));

function n = cheapest(list)
    [~, k] = min([list.cost]);
    n = list(k).name;
end
