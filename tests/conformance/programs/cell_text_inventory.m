% Cell arrays of text: cellfun with strings and UniformOutput false, sort, unique 'stable',
% ismember on cellstr, strjoin, cell indexing with () and {}, cell2mat, num2cell.
items = {'wrench', 'hammer', 'saw', 'hammer', 'drill', 'saw', 'hammer'};
qty = [2 5 1 3 4 2 1];
[u, ~, j] = unique(items);
fprintf('sorted unique: %s\n', strjoin(u, ','));
tot = accumarray(j(:), qty(:));
for k = 1:numel(u)
  fprintf('  %-7s %d\n', u{k}, tot(k));
end
us = unique(items, 'stable');
fprintf('stable unique: %s\n', strjoin(us, ','));
[tf, loc] = ismember({'saw', 'pliers', 'drill'}, us);
fprintf('ismember %s loc %s\n', mat2str(tf), mat2str(loc));
lens = cellfun(@length, items);
fprintf('lengths %s\n', mat2str(lens));
fprintf('long: %s\n', strjoin(items(lens > 4), ' '));
up = cellfun(@upper, items, 'UniformOutput', false);
fprintf('%s\n', up{end});
hasA = cellfun(@(s) any(s == 'a'), items);
fprintf('with a: %d\n', nnz(hasA));
fprintf('isempty: %s\n', mat2str(cellfun('isempty', {'', 'x', [], {}})));
[srt, si] = sort(items);
fprintf('sort: %s | %s\n', strjoin(srt, ','), mat2str(si));
c = num2cell([1 2 3]);
fprintf('num2cell: %s %d\n', class(c), c{2});
m = cell2mat({[1 2], [3]; [4 5], [6]});
fprintf('cell2mat %dx%d sum %d\n', size(m, 1), size(m, 2), sum(m(:)));
nested = {1, 'two', {3, 'four'}};
fprintf('nested: %s %d %s\n', nested{2}, nested{3}{1}, nested{3}{2});
nested(2) = [];
fprintf('after delete: %d, class of 2nd %s\n', numel(nested), class(nested{2}));
z = cell(2, 3);
fprintf('cell(2,3): %d empty\n', sum(cellfun(@isempty, z(:))));
[a, b] = cellfun(@(s) deal(s(1), numel(s)), {'xy', 'pqr'}, 'UniformOutput', false);
fprintf('%s%s %d%d\n', a{:}, b{:});
words = {'beta'; 'Alpha'; 'gamma'};
fprintf('%s\n', strjoin(sort(words)', ' '));
fprintf('iscellstr %d %d\n', iscellstr(words), iscellstr({1, 'a'}));
fprintf('%s\n', strjoin(cellfun(@(s) sprintf('<%s>', s), words, 'UniformOutput', false)', ''));
x = {};
x{end+1} = 'a';
x{end+1} = 'b';
fprintf('grown %d: %s\n', numel(x), [x{:}]);
