% size, numel, length, ndims, isempty, isscalar, isvector, isrow, iscolumn.
report('scalar', 5);
report('row', 1:4);
report('column', (1:3)');
report('matrix', ones(2, 3));
report('0x0', []);
report('1x0', zeros(1, 0));
report('0x1', zeros(0, 1));
report('0x3', zeros(0, 3));
report('3-D', ones(2, 3, 4));
report('2x1x3', ones(2, 1, 3));
report('1x1x3', ones(1, 1, 3));
report('char', 'hello');
report('empty char', '');
report('logical', true(3, 1));
A = ones(2, 3, 4);
fprintf('size(A,2) = %d, size(A,5) = %d\n', size(A, 2), size(A, 5));
[r, c] = size(A);
fprintf('[r,c] of 2x3x4 = %d %d\n', r, c);
[r, c, p] = size(ones(2, 3));
fprintf('[r,c,p] of 2x3 = %d %d %d\n', r, c, p);
s = size(A);
fprintf('size vector has %d elements\n', numel(s));
fprintf('length(zeros(3,7)) = %d, length(zeros(7,3)) = %d\n', length(zeros(3, 7)), length(zeros(7, 3)));

function report(name, x)
  fprintf('%-10s size=%s numel=%d length=%d ndims=%d empty=%d scalar=%d vector=%d row=%d column=%d\n', ...
      name, size_text(x), numel(x), length(x), ndims(x), isempty(x), isscalar(x), ...
      isvector(x), isrow(x), iscolumn(x));
end

function t = size_text(x)
  t = sprintf('%dx', size(x));
  t = t(1:end - 1);
end
