% Rows and columns of fixed-size matrices read and updated in loops (an
% n-body step, a row-by-row LU elimination, a preallocated vector filled
% by index, a matrix grown by a row past its end), printed to check that
% shapes kept through the loops are the values' true shapes.
x = [0 0 0; 4.84 -1.16 -0.10; 8.34 4.12 -0.4; 12.89 -15.11 -0.22; 15.37 -25.9 0.17];
v = [0 0 0; 0.606 2.81 -0.02; -1.01 1.82 0.008; 1.08 0.868 -0.01; 0.979 0.594 -0.034];
m = [39.47 0.037 0.011 0.0017 0.002];
dt = 0.01;
for step = 1:200
  for i = 1:5
    for j = i+1:5
      d = x(i,:) - x(j,:);
      d2 = sum(d.^2);
      mag = dt / (d2 * sqrt(d2));
      v(i,:) = v(i,:) - d * m(j) * mag;
      v(j,:) = v(j,:) + d * m(i) * mag;
    end
  end
  x = x + dt * v;
end
fprintf('%.10f %.10f %.10f\n', x');
fprintf('size v: %dx%d, real %d\n', size(v), isreal(v));

n = 6;
A = magic(n) + n * eye(n);
L = eye(n); U = A;
for k = 1:n-1
  for i = k+1:n
    L(i,k) = U(i,k) / U(k,k);
    U(i,k:n) = U(i,k:n) - L(i,k) * U(k,k:n);
  end
end
fprintf('%.6f\n', norm(L*U - A, 1) < 1e-9);
fprintf('%.3f ', diag(U)); fprintf('\n');

q = round(rand * 0) + 7;
y = zeros(1, q);
for k = 1:q
  y(k) = k^2;
end
y(end) = -1;
fprintf('%g ', y); fprintf('| %d %d\n', size(y));

g = zeros(3, 2);
for r = 1:5
  g(r, :) = [r, -r];
end
fprintf('%g ', g); fprintf('| %d %d\n', size(g));

c = zeros(4, 1);
for r = 2:3
  c(r) = r;
end
c(6) = 9;
fprintf('%g ', c); fprintf('| %d %d\n', size(c));

s = x(2, 2:3);
t = x(:, 1);
w = x([1 3], :);
fprintf('%d %d | %d %d | %d %d\n', size(s), size(t), size(w));
z = 1:8;
e = z([2 4 6]);
f = z([2; 4]);
fprintf('%g ', e); fprintf('| %d %d\n', size(e));
fprintf('%g ', f); fprintf('| %d %d\n', size(f));
h = x();
fprintf('%d %d | %d %d\n', size(x()), size(h));
