% sprintf builds text: lengths, concatenation, %s of integer codes, %c, char arguments.
s = sprintf('%d', 12345);
fprintf('%s has %d chars\n', s, numel(s));
s = sprintf('%s-%s', 'ab', 'cd');
fprintf('%s\n', s);
s = sprintf('%s', 72, 105);
fprintf('%%s of integer codes: %s\n', s);
s = sprintf('%s', [77 65 84]);
fprintf('%%s of a code vector: %s\n', s);
s = sprintf('%c%c%c', 'abc');
fprintf('%%c per element: %s\n', s);
s = sprintf('%d', 'AB');
fprintf('%%d of text: %s\n', s);
s = sprintf('%s', 'text', ' more');
fprintf('two %%s args: [%s]\n', s);
s = sprintf('%5s|%-5s|', 'ab', 'cd');
fprintf('%s\n', s);
e = sprintf('');
fprintf('empty format: isempty %d ischar %d\n', isempty(e), ischar(e));
e = sprintf('%s', '');
fprintf('empty argument: isempty %d\n', isempty(e));
s = [sprintf('%d', 1) sprintf('%d', 2)];
fprintf('concatenated: %s\n', s);
fprintf('%s\n', sprintf('%.3f', 2/3));
line = sprintf('%-6s%6.2f', 'total', 12.5);
fprintf('[%s] width %d\n', line, numel(line));
parts = '';
for k = 1:3
  parts = [parts sprintf('%d^2=%d ', k, k^2)];
end
fprintf('%s\n', strtrim_right(parts));
fprintf('%s\n', sprintf('%d', []));
fprintf('upper via codes: %s\n', char('hello' - 32));

function t = strtrim_right(s)
  t = s;
  while ~isempty(t) && t(end) == ' '
    t(end) = [];
  end
end
