% EXPECTED: hand-written (Octave 7 has no contains, strip, extractBefore, extractAfter, replace, strlength, split, splitlines or reverse; MATLAB's documentation of each)
% The string-era text functions on character vectors and cell arrays of
% them: the result has the input's type (a char row, or a cell of its size).
s = 'The quick brown fox';
fprintf('%d %d %d\n', contains(s, 'quick'), contains(s, 'QUICK'), contains(s, 'QUICK', 'IgnoreCase', true));
fprintf('%d ', contains({'apple', 'banana', 'cherry'}, {'an', 'ch'})); fprintf('\n');
fprintf('%d %d %d\n', contains(s, ''), startsWith(s, 'The'), endsWith(s, 'fox'));
fprintf('%d ', startsWith({'data1.csv', 'notes.txt', 'data2.csv'}, 'data')); fprintf('\n');
fprintf('%d ', endsWith({'data1.csv', 'notes.txt'}, {'.txt', '.md'})); fprintf('\n');
fprintf('%d ', strlength({'a', '', 'abcd'})); fprintf('| %d\n', strlength(s));
fprintf('[%s]\n', strip('   padded text  '));
fprintf('[%s] [%s]\n', strip('  x  ', 'left'), strip('  x  ', 'right'));
fprintf('[%s]\n', strip('--x-y--', '-'));
c = strip({' a ', 'b  '});
fprintf('[%s][%s] %s\n', c{:}, class(c));
fprintf('[%s]\n', extractBefore(s, ' brown'));
fprintf('[%s]\n', extractAfter(s, 'quick '));
fprintf('[%s] [%s]\n', extractBefore(s, 4), extractAfter(s, 16));
missing = extractBefore(s, 'zebra');
fprintf('%d %d\n', size(missing));
paths = extractAfter({'C:\Temp\a.docx', 'D:\b.csv'}, ':');
fprintf('%s ', paths{:}); fprintf('\n');
fprintf('%s\n', replace(s, 'brown', 'red'));
fprintf('%s\n', replace('a-b_c', {'-', '_'}, ' '));
fprintf('%s\n', replace('1 + 2 = 3', {'1', '2', '3'}, {'one', 'two', 'three'}));
r = replace({'aXa', 'XX'}, 'X', 'yy');
fprintf('%s ', r{:}); fprintf('\n');
parts = split('alpha beta  gamma');
fprintf('%d %d:', size(parts)); fprintf(' [%s]', parts{:}); fprintf('\n');
parts = split('a,b,,c', ',');
fprintf('%d:', numel(parts)); fprintf(' [%s]', parts{:}); fprintf('\n');
parts = split('a,b,,c', ',', 'CollapseDelimiters', false);
fprintf('%d:', numel(parts)); fprintf(' [%s]', parts{:}); fprintf('\n');
lines = splitlines(sprintf('one\ntwo\r\nthree'));
fprintf('%d:', numel(lines)); fprintf(' [%s]', lines{:}); fprintf('\n');
fprintf('%s\n', reverse('stressed'));
