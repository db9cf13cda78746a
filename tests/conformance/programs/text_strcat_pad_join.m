% Building text: strcat trimming of char arguments (not of cells), [ ] concatenation,
% sprintf into cells, strjoin with delimiters, repmat of text, num2str in loops, fliplr.
fprintf('[%s]\n', strcat('Hello ', 'World'));
fprintf('[%s]\n', ['Hello ', 'World']);
c = strcat({'a ', 'b '}, 'x');
fprintf('[%s] [%s]\n', c{:});
c = strcat('id_', {'1', '22'});
fprintf('[%s] [%s]\n', c{:});
fprintf('[%s]\n', strcat('a', 'b', 'c'));
parts = cell(1, 4);
for k = 1:4
  parts{k} = sprintf('p%02d', k);
end
fprintf('%s\n', strjoin(parts, ', '));
fprintf('%s\n', strjoin(parts, '\n'));
line = repmat('=', 1, 20);
fprintf('%s\n', line);
row = '';
for k = 1:5
  row = [row num2str(k^2) ' '];
end
fprintf('[%s]\n', strtrim(row));
fprintf('%s\n', upper(strtrim('  shout  ')));
w = {'alpha', 'beta', 'gamma'};
fprintf('%s\n', strjoin(cellfun(@(s) [upper(s(1)) s(2:end)], w, 'UniformOutput', false), ' '));
fprintf('%s\n', strjoin(fliplr(w), '<'));
csv = sprintf('%g,', [1.5 2 3.25]);
csv = csv(1:end-1);
fprintf('%s\n', csv);
fprintf('%d\n', length(sprintf('%5s', 'ab')));
s = sprintf('%s;', w{:});
fprintf('%s\n', s);
label = sprintf('%s-%d', 'run', 7);
fprintf('%s\n', label);
fprintf('%s\n', [num2str(3) '/' num2str(4)]);
fprintf('%s\n', strrep(strjoin(w, ' '), 'a', 'A'));
t = 'a,b;c d';
fprintf('%s\n', strjoin(regexp(t, '[,; ]', 'split'), '+'));
fprintf('%d\n', numel(strfind('banana', 'an')));
fprintf('%s\n', lower('MiXeD'));
fprintf('%d\n', strcmp(strcat('ab', ' '), 'ab'));
