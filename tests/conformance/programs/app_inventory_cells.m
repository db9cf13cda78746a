% Cell array wrangling: a cell table of mixed types, cellfun with UniformOutput, sorting
% names case-insensitively, ismember lookups, cell2mat, num2cell, and CSV-like output.
data = {'widget', 3, 2.50; 'Gadget', 10, 1.25; 'doohickey', 0, 7.00; 'Bolt', 250, 0.03};
names = data(:, 1);
qty = cell2mat(data(:, 2));
price = [data{:, 3}]';
fprintf('%d items, %d in stock\n', size(data, 1), nnz(qty));
len = cellfun(@numel, names);
fprintf('name lengths %s\n', mat2str(len'));
up = cellfun(@upper, names, 'UniformOutput', false);
fprintf('%s ', up{:}); fprintf('\n');
[~, ix] = sort(lower(names));
fprintf('sorted: %s\n', strjoin(names(ix)', ', '));
[tf, loc] = ismember({'Bolt', 'nail', 'widget'}, names);
fprintf('%d ', tf); fprintf('| '); fprintf('%d ', loc); fprintf('\n');
value = qty .* price;
for k = 1:numel(names)
    fprintf('%s,%d,%.2f,%.2f\n', names{k}, qty(k), price(k), value(k));
end
isEmptyStock = cellfun(@(q) q == 0, data(:, 2));
fprintf('out of stock: %s\n', names{isEmptyStock});
c = num2cell([1 2; 3 4]);
fprintf('%s %d\n', class(c), c{2, 1});
nested = {1, {2, 'x'}, [3 4]};
fprintf('%d %s %d\n', numel(nested), class(nested{2}), nested{2}{1});
lens = cellfun('length', {'ab', [1 2 3], {}});
fprintf('%s\n', mat2str(lens));
[mn, mx] = cellfun(@(v) deal(min(v), max(v)), {[3 1 2], [9 7], 5});
fprintf('%s %s\n', mat2str(mn), mat2str(mx));
keep = ~cellfun(@isempty, {'a', '', 'b', []});
fprintf('%s\n', mat2str(keep));
s = sprintf('%s;', names{:});
parts = strsplit(s(1:end-1), ';');
fprintf('%d parts, last %s\n', numel(parts), parts{end});
t = cellfun(@(n, q) sprintf('%s=%d', n, q), names, data(:, 2), 'UniformOutput', false);
fprintf('%s\n', strjoin(t', ' & '));
joined = strjoin(cellfun(@num2str, num2cell(1:5), 'UniformOutput', false), '+');
fprintf('%s = %d\n', joined, sum(1:5));
