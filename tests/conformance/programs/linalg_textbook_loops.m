% Textbook linear algebra loops: Gaussian elimination with partial pivoting and back substitution, Jacobi iteration, the power method, Lagrange interpolation, least squares by normal equations and by backslash.
% Gauss elimination with partial pivoting
A = [2 1 -1; -3 -1 2; -2 1 2]; bb = [8; -11; -3];
Ab = [A bb]; nr = size(A, 1);
for k = 1:nr-1
  [~, p] = max(abs(Ab(k:nr, k)));
  p = p + k - 1;
  Ab([k p], :) = Ab([p k], :);
  for i = k+1:nr
    Ab(i, :) = Ab(i, :) - Ab(i, k) / Ab(k, k) * Ab(k, :);
  end
end
xg = zeros(nr, 1);
for i = nr:-1:1
  xg(i) = (Ab(i, end) - Ab(i, i+1:nr) * xg(i+1:nr)) / Ab(i, i);
end
fprintf('gauss %.6f %.6f %.6f\n', xg);
% Jacobi iteration
A = [10 -1 2; -1 11 -1; 2 -1 10]; bb = [6; 25; -11];
xj = zeros(3, 1);
D = diag(diag(A)); R = A - D;
for k = 1:100
  xn = D \ (bb - R*xj);
  if norm(xn - xj, inf) < 1e-10, xj = xn; break; end
  xj = xn;
end
fprintf('jacobi %.6f %.6f %.6f (%d)\n', xj, k);
% power method
A = [2 1; 1 3]; v = [1; 1];
for k = 1:200
  w = A * v; lam = norm(w); v = w / lam;
end
fprintf('dominant eigenvalue %.8f\n', lam);
% Lagrange interpolation
xp = [0 1 2 3]; yp = [1 2 0 5]; xq = 1.5; L = 0;
for i = 1:4
  li = 1;
  for j = [1:i-1, i+1:4]
    li = li * (xq - xp(j)) / (xp(i) - xp(j));
  end
  L = L + yp(i) * li;
end
fprintf('lagrange %.6f\n', L);
% least squares via normal equations vs backslash
xd = (0:5)'; yd = [1.1 2.9 5.2 7.1 8.8 11.2]';
V = [xd ones(size(xd))];
c1 = (V'*V) \ (V'*yd); c2 = V \ yd;
fprintf('ls %.6f %.6f | %.6f %.6f\n', c1, c2);
