% Benchmark check: triple-loop matrix multiply against the built-in operator.
n = 40;
A = zeros(n);
B = zeros(n);
for i = 1:n
  for j = 1:n
    A(i, j) = mod(i * 7 + j * 3, 11) - 5;
    B(i, j) = mod(i * 5 + j * 2, 13) - 6;
  end
end
C = zeros(n);
for i = 1:n
  for j = 1:n
    s = 0;
    for k = 1:n
      s = s + A(i, k) * B(k, j);
    end
    C(i, j) = s;
  end
end
D = A * B;
fprintf('loops equal operator: %d\n', isequal(C, D));
fprintf('trace %d, sum %d, C(1,1) %d, C(n,n) %d\n', trace(C), sum(C(:)), C(1, 1), C(n, n));
fprintf('max %d min %d\n', max(C(:)), min(C(:)));
