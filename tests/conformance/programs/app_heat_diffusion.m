% 1-D and 2-D explicit heat diffusion with fixed boundaries: vectorised stencils with end,
% a convergence loop with while/break, and conservation checks.
n = 21;
u = zeros(1, n);
u(ceil(n/2)) = 100;
alpha = 0.4;
for step = 1:200
  u(2:end-1) = u(2:end-1) + alpha * (u(1:end-2) - 2*u(2:end-1) + u(3:end));
end
fprintf('1-D: max %.6f at %d, total %.6f\n', max(u), find(u == max(u), 1), sum(u));
T = zeros(12, 12);
T(1, :) = 100;
T(:, 1) = 50;
iter = 0;
while true
  Tn = T;
  Tn(2:end-1, 2:end-1) = 0.25 * (T(1:end-2, 2:end-1) + T(3:end, 2:end-1) + T(2:end-1, 1:end-2) + T(2:end-1, 3:end));
  change = max(abs(Tn(:) - T(:)));
  T = Tn;
  iter = iter + 1;
  if change < 1e-6 || iter >= 5000
    break;
  end
end
fprintf('2-D: %d iterations, centre %.4f, corner-ish %.4f\n', iter, T(6, 6), T(2, 2));
fprintf('row 2: %s\n', sprintf('%.2f ', T(2, 1:6)));
fprintf('symmetric? %d\n', max(max(abs(T(2:end-1,2:end-1) - T(2:end-1,2:end-1)'))) < 1e-9);
[gx, gy] = gradient(T);
fprintf('gradient at (6,6): %.4f %.4f\n', gx(6, 6), gy(6, 6));
L = del2_like(T);
fprintf('interior laplacian max %.2e\n', max(max(abs(L(2:end-1, 2:end-1)))));

function L = del2_like(T)
  L = zeros(size(T));
  L(2:end-1, 2:end-1) = T(1:end-2, 2:end-1) + T(3:end, 2:end-1) + T(2:end-1, 1:end-2) + T(2:end-1, 3:end) - 4*T(2:end-1, 2:end-1);
end
