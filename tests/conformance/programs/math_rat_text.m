% rat with one output: the continued fraction expansion as text, one row
% per element (a char matrix padded with blanks); tolerance argument.
x = {pi, [0.5 1.25], -2.5, 0.1, 1/3, [pi; exp(1)], 1e-7, 355/113, single(0.2), Inf, -Inf};
for k = 1:numel(x)
  s = rat(x{k});
  fprintf('%s %d-by-%d\n', class(s), size(s));
  for r = 1:size(s, 1)
    fprintf('[%s]\n', s(r, :));
  end
end
fprintf('[%s]\n', rat(pi, 1e-2));
fprintf('[%s]\n', rat(sqrt(2), 1e-9));
