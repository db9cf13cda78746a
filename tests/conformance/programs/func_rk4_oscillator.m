% hand-written RK4 for a damped oscillator, compared with exact
function func_rk4_oscillator()
  f = @(t, y) [y(2); -0.5*y(2) - 4*y(1)];
  h = 0.01;
  t = 0;
  y = [1; 0];
  n = round(2 / h);
  ys = zeros(2, n+1);
  ys(:,1) = y;
  for i = 1:n
    y = rk4step(f, t, y, h);
    t = t + h;
    ys(:, i+1) = y;
  end
  fprintf('t=%.2f y=[%.6f %.6f]\n', t, y(1), y(2));
  fprintf('min pos %.6f max vel %.6f\n', min(ys(1,:)), max(ys(2,:)));
  e = energy(ys);
  fprintf('energy decreasing: %d\n', all(diff(e) <= 1e-12));
end

function y = rk4step(f, t, y, h)
  k1 = f(t, y);
  k2 = f(t + h/2, y + h/2*k1);
  k3 = f(t + h/2, y + h/2*k2);
  k4 = f(t + h, y + h*k3);
  y = y + h/6*(k1 + 2*k2 + 2*k3 + k4);
end

function e = energy(ys)
  e = 0.5*ys(2,:).^2 + 2*ys(1,:).^2;
end
