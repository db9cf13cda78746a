% regexp and regexprep options: '.' matches newlines too by default
% ('dotall'), not with 'dotexceptnewline'; ^ and $ anchor at each line with
% 'lineanchors', at the text's ends by default ('stringanchors').
s = sprintf('first line\nsecond line\nthird');
m = regexp(s, 'line.s', 'match');
fprintf('%d [%s]\n', numel(m), strrep(m{1}, newline, '|'));
m = regexp(s, 'line.s', 'match', 'dotexceptnewline');
fprintf('%d\n', numel(m));
m = regexp(s, '^\w+', 'match');
fprintf('%d %s\n', numel(m), m{1});
m = regexp(s, '^\w+', 'match', 'lineanchors');
fprintf('%d %s %s %s\n', numel(m), m{:});
m = regexp(s, '\w+$', 'match', 'lineanchors');
fprintf('%s ', m{:}); fprintf('\n');
m = regexp(s, '\w+$', 'match', 'stringanchors');
fprintf('%s ', m{:}); fprintf('\n');
t = regexp(s, '(\w+) line', 'tokens', 'dotall');
fprintf('%s ', t{1}{1}, t{2}{1}); fprintf('\n');
fprintf('[%s]\n', strrep(regexprep(s, '^(\w)', '<$1>', 'lineanchors'), newline, '|'));
fprintf('[%s]\n', strrep(regexprep(s, 'e.s', '#'), newline, '|'));
fprintf('[%s]\n', strrep(regexprep(s, 'e.s', '#', 'dotexceptnewline'), newline, '|'));
fprintf('[%s]\n', regexprep('a.b.c', '\.', '-'));
fprintf('[%s]\n', regexprep('a.b.c', '[.]', '+'));
