% Char vectors as arrays of codes: arithmetic, comparison, indexing, building text.
s = 'Hello, World';
fprintf('length %d, first %s, last %s\n', length(s), s(1), s(end));
fprintf('reversed: %s\n', fliplr(s));
fprintf('codes of "Hi": %d %d\n', double('Hi'));
up = s;
lower_mask = s >= 'a' & s <= 'z';
up(lower_mask) = char(s(lower_mask) - 32);
fprintf('upper: %s\n', up);
fprintf('vowels: %d\n', sum(s == 'a' | s == 'e' | s == 'i' | s == 'o' | s == 'u'));
fprintf('comma at %d\n', find(s == ','));
fprintf('equal texts: %d, different lengths: %d\n', isequal('abc', 'abc'), isequal('abc', 'abcd'));
fprintf('char + 0 is double: %d, value %d\n', isnumeric('a' + 0), 'a' + 0);
fprintf('next letters: %s\n', char('HAL' + 1));
fprintf('sorted letters: %s\n', sort('mississippi'));
words = ['one  '; 'two  '; 'three'];
fprintf('char matrix %dx%d, row 3: %s\n', size(words), words(3, :));
fprintf('column 1 of rows: %s\n', words(:, 1)');
t = '';
for k = 1:5
  t(end + 1) = char('a' + k - 1);
end
fprintf('built: %s (size %d %d)\n', t, size(t));
fprintf('repeat: %s\n', repmat('ab', 1, 3));
d = '2024';
val = 0;
for k = 1:numel(d)
  val = val * 10 + (d(k) - '0');
end
fprintf('parsed digits: %d\n', val);
fprintf('blank check: %d %d\n', isempty(''), isempty(' '));
fprintf('mixed concat: %s\n', ['x', 'y' + 0 * 1, 'z']);
fprintf('any uppercase: %d\n', any(s >= 'A' & s <= 'Z'));
fprintf('number as text: %s\n', ['n=' num2str(12) ', pi=' num2str(pi, 3)]);
