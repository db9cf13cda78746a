% Cell arrays of strings processed with cellfun/arrayfun (UniformOutput false), string
% functions (upper, strtrim, strsplit, strjoin, strrep, regexprep, fliplr) and num2str.
raw = {'  alpha ', 'Beta', 'gamma  delta', '', 'EPSILON', ' zeta'};
clean = cellfun(@strtrim, raw, 'UniformOutput', false);
fprintf('[%s]\n', strjoin(clean, '|'));
lens = cellfun(@length, clean);
fprintf('lengths: %s\n', mat2str(lens));
fprintf('empty: %s\n', mat2str(cellfun(@isempty, clean)));
fprintf('nonempty count via cellfun(''isempty''): %d\n', sum(~cellfun('isempty', clean)));
up = cellfun(@upper, clean, 'UniformOutput', false);
fprintf('%s\n', strjoin(up, ','));
caps = cellfun(@(s) [upper(s(1:min(1,end))) lower(s(2:end))], clean, 'UniformOutput', false);
fprintf('capitalised: %s\n', strjoin(caps, ' '));

words = strsplit('the quick  brown fox jumps', ' ');
fprintf('%d pieces: ', numel(words));
fprintf('<%s>', words{:});
fprintf('\n');
rev = cellfun(@fliplr, words, 'UniformOutput', false);
fprintf('reversed: %s\n', strjoin(rev, ' '));
[mx, imx] = max(cellfun(@numel, words));
fprintf('longest word %s (%d)\n', words{imx}, mx);

sq = arrayfun(@(k) k^2, 1:5);
fprintf('squares: %s\n', mat2str(sq));
labels = arrayfun(@(k) sprintf('item%02d', k), 1:4, 'UniformOutput', false);
fprintf('%s\n', strjoin(labels, ' '));
pairs = arrayfun(@(a, b) a * b, [1 2 3], [4 5 6]);
fprintf('pairwise: %s\n', mat2str(pairs));
[mn, mxs] = cellfun(@(v) deal(min(v), max(v)), {[3 1 2], [9 7], 5});
fprintf('min %s max %s\n', mat2str(mn), mat2str(mxs));
parts = cellfun(@(s) strsplit(s, '='), {'a=1', 'bb=22', 'ccc=333'}, 'UniformOutput', false);
for i = 1:numel(parts)
    fprintf('key %s -> value %d\n', parts{i}{1}, str2double(parts{i}{2}));
end
fprintf('str2double of a cell: %s\n', mat2str(str2double({'1.5', 'x', '-2e3'})));
fprintf('strrep: %s\n', strrep('a-b-c', '-', '::'));
fprintf('regexprep: %s\n', regexprep('temp_12_C and temp_7_C', 'temp_(\d+)_C', '$1 deg'));
fprintf('num2str: %s | %s | %s\n', num2str(pi, 8), num2str(42), num2str([1 2 3]));
fprintf('upper/lower/strcmpi: %s %s %d\n', upper('mixed Case'), lower('MiXeD'), strcmpi('ABC', 'abc'));
fprintf('strncmp: %d, strfind: %s\n', strncmp('prefix_one', 'prefix_two', 7), mat2str(strfind('abcabcab', 'ab')));
c = num2cell([1 2 3]);
fprintf('num2cell class %s, size %dx%d\n', class(c), size(c));
m = cell2mat({[1 2], [3]; [4 5], [6]});
fprintf('cell2mat: %s\n', mat2str(m));
s = sort({'pear', 'Apple', 'fig', 'apple'});
fprintf('sorted: %s\n', strjoin(s, ' '));
fprintf('ismember: %s\n', mat2str(ismember({'fig', 'kiwi'}, s)));
