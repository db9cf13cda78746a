% fprintf/sprintf reuse the format until every argument is consumed.
fprintf('%d\n', [1 2 3]);
fprintf('%d %d\n', [1 2 3 4]);
fprintf('(%d,%d) ', [1 2; 3 4]);
fprintf('\n');
fprintf('%d-%d-%d\n', 1, [2 3], 4, 5, 6);
fprintf('%s=%d; ', 'a', 1, 'b', 2);
fprintf('\n');
fprintf('[%5.1f]', [1.24 2.76; 3.14 4.5]);
fprintf('\n');
s = sprintf('%d,', 1:5);
fprintf('%s| numel %d\n', s, numel(s));
s = sprintf('%d,', 1:5);
s = s(1:end - 1);
fprintf('trimmed: %s\n', s);
% a pass that runs out of data stops at the first conversion without data
fprintf('%d and %d\n', 1, 2, 3);
fprintf('|\n');
fprintf('%d, %d, %d\n', 1:4);
fprintf('|\n');
% no conversions and no data: the text once
fprintf('plain text\n');
% text arguments are used whole by %s, element by element by %d
fprintf('%s\n', 'abc', 'de');
fprintf('%d ', 'AB');
fprintf('\n');
fprintf('%s:%d\n', 'xy', 5);
% matrices are read in column order
M = [1 2 3; 4 5 6];
fprintf('%d %d %d\n', M);
fprintf('%d %d %d\n', M');
% mixed scalars, vectors and text
fprintf('%s has %d items costing %.2f\n', 'cart', 3, 9.5, 'bag', 1, 0.25);
% the file identifier 1 is standard output
fprintf(1, 'to stdout: %d\n', 42);
% sprintf returns a row char vector
t = sprintf('%c', 72, 101, 108, 108, 111);
fprintf('%s (ischar %d, size %d %d)\n', t, ischar(t), size(t));
