% Dynamic programming with min/max of a few scalars written as a list:
% edit distance and dynamic time warping (D(i, j) = c + min([...])), and a
% longest common subsequence with max([...]); NaN in a list is skipped as
% min and max skip it.
s = 'kitten sitting on the mat';
t = 'sitting kitten at the mall';
m = length(s); n = length(t);
D = zeros(m + 1, n + 1);
D(:, 1) = (0:m)';
D(1, :) = 0:n;
for i = 2:m + 1
  for j = 2:n + 1
    cost = double(s(i - 1) ~= t(j - 1));
    D(i, j) = min([D(i - 1, j) + 1, D(i, j - 1) + 1, D(i - 1, j - 1) + cost]);
  end
end
fprintf('edit distance %d\n', D(m + 1, n + 1));
x = sin((1:40) * 0.3);
y = sin((1:50) * 0.25 + 0.2);
W = inf(41, 51);
W(1, 1) = 0;
for i = 2:41
  for j = 2:51
    W(i, j) = abs(x(i - 1) - y(j - 1)) + min([W(i - 1, j); W(i, j - 1); W(i - 1, j - 1)]);
  end
end
fprintf('dtw %.12f\n', W(41, 51));
a = 'ACCGGTCGAGTGCGCGGAAGCCGGCCGAA';
b = 'GTCGTTCGGAATGCCGTTGCTCTGTAAA';
L = zeros(length(a) + 1, length(b) + 1);
for i = 1:length(a)
  for j = 1:length(b)
    if a(i) == b(j)
      L(i + 1, j + 1) = L(i, j) + 1;
    else
      L(i + 1, j + 1) = max([L(i, j + 1), L(i + 1, j)]);
    end
  end
end
fprintf('lcs %d\n', L(end, end));
p = NaN; q = 2; r = -1;
fprintf('%g %g %g %g\n', min([p, q, r]), max([p, q, r]), min([p, p]), max([q, p]));
u = single(3); v = single(-2);
w = max([u, v]);
fprintf('%s %g\n', class(w), w);
