% filter2 (same, full, valid), setenv/unsetenv with getenv, and lasterror
% (the legacy struct; 'reset' gives it and clears it) (Octave 7.3).
X = magic(5);
b = [1 2; 0 -1];
Y = filter2(b, X);
fprintf('filter2 same %d %d: %s\n', size(Y), sprintf('%g ', Y));
Y = filter2(b, X, 'full');
fprintf('filter2 full %d %d: %s\n', size(Y), sprintf('%g ', Y));
Y = filter2([1 1 1] / 3, X, 'valid');
fprintf('filter2 valid %d %d: %s\n', size(Y), sprintf('%.6f ', Y));
Y = filter2([1; -1], [1 2 3; 4 5 7]);
fprintf('filter2 column: %s\n', sprintf('%g ', Y));
setenv('MCC_TEST_VAR', 'hello world');
fprintf('getenv: [%s]\n', getenv('MCC_TEST_VAR'));
setenv('MCC_TEST_VAR', 'second');
fprintf('getenv again: [%s]\n', getenv('MCC_TEST_VAR'));
unsetenv('MCC_TEST_VAR');
fprintf('unset: [%s] %d\n', getenv('MCC_TEST_VAR'), isempty(getenv('MCC_TEST_VAR')));
try
  error('my:id', 'boom %d', 3);
catch
end
e = lasterror();
fprintf('lasterror: [%s] [%s] %d\n', e.message, e.identifier, isstruct(e.stack));
fprintf('fields: %s\n', strjoin(fieldnames(e)', ' '));
r = lasterror('reset');
fprintf('reset gave: [%s]\n', r.message);
e = lasterror();
fprintf('after reset: [%s] [%s]\n', e.message, e.identifier);
try
  x = [1 2 3];
  y = x(5);
catch
end
e = lasterror();
fprintf('index error: %d\n', ~isempty(e.message));
