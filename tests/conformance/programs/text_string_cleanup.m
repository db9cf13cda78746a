% Text cleanup: upper/lower/strtrim/strrep/deblank/fliplr/strcmpi/strncmp/regexprep/blanks/repmat.
raw = {'  Alice Smith ', 'BOB   jones', 'carol  WHITE  '};
for k = 1:numel(raw)
  s = strtrim(raw{k});
  s = regexprep(s, '\s+', ' ');
  parts = strsplit(s, ' ');
  for j = 1:numel(parts)
    p = lower(parts{j});
    p(1) = upper(p(1));
    parts{j} = p;
  end
  nm = strjoin(parts, ' ');
  fprintf('[%s] -> [%s] initials %s\n', raw{k}, nm, cellfun(@(x) x(1), parts));
end
fprintf('%s\n', strrep('a-b-c-d', '-', '--'));
fprintf('%s\n', strrep('aaa', 'aa', 'b'));
fprintf('[%s]\n', deblank(sprintf('trail   \t ')));
fprintf('%s\n', fliplr('stressed'));
fprintf('%d %d %d\n', strcmpi('ABC', 'abc'), strncmp('hello', 'help', 3), strncmpi('HELlo', 'help', 4));
fprintf('%d ', strcmp({'a', 'b', 'a'}, 'a')); fprintf('\n');
fprintf('[%s]\n', [blanks(3) 'x' repmat('-', 1, 4)]);
fprintf('%s\n', regexprep('camelCaseName', '([A-Z])', '_$1'));
fprintf('%s\n', lower(regexprep('camelCaseName', '([A-Z])', '_$1')));
s = 'Mississippi';
fprintf('count ss: %d, first i at %d, last s at %d\n', numel(strfind(s, 'ss')), find(s == 'i', 1), find(s == 's', 1, 'last'));
fprintf('%s\n', upper(s(1:4)));
fprintf('is palindrome: %d %d\n', ispal('Racecar'), ispal('Hello'));
padded = sprintf('%-8s|', 'ab', 'cdef');
fprintf('%s\n', padded);
fprintf('%d\n', double('AZ'));
fprintf('%s\n', char([72 101 108 108 111]));
fprintf('%s\n', char('a' + (0:5)));
c = char({'one', 'three'});
fprintf('char matrix %dx%d: [%s] [%s]\n', size(c, 1), size(c, 2), c(1,:), c(2,:));
fprintf('%d\n', isspace('a b'));
fprintf('%d', isletter('a1B_')); fprintf('\n');
fprintf('%d', isstrprop('a1 B', 'digit')); fprintf('\n');

function t = ispal(s)
  s = lower(s(isletter(s)));
  t = strcmp(s, fliplr(s));
end
