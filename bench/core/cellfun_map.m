n = 1000000;
% cellfun over a cell of small vectors: @numel and @isempty (each element's
% dims read in the compiled loop), a literal anonymous function of an
% element, and arrayfun with 'UniformOutput', false (a cell filled in the
% loop).
c = cell(1, n);
for k = 1:n
  c{k} = zeros(1, mod(k, 5));
end
lens = cellfun(@numel, c);
e = cellfun(@isempty, c);
w = cellfun(@(v) numel(v) * 2 + 1, c);
p = arrayfun(@(v) v * 0.5, (1:n) / n, 'UniformOutput', false);
fprintf('%d %d %.17g %.17g\n', sum(lens), sum(e), sum(w), p{n / 2});
