% Fixed-step RK4 for a predator-prey system, Euler for a damped pendulum, and the order of
% Heun's method measured from its errors.
f = @(t, y) [0.5*y(1) - 0.02*y(1)*y(2); -0.4*y(2) + 0.01*y(1)*y(2)];
y = [40; 9];
h = 0.1;
t = 0;
for n = 1:200
  k1 = f(t, y);
  k2 = f(t + h/2, y + h/2*k1);
  k3 = f(t + h/2, y + h/2*k2);
  k4 = f(t + h, y + h*k3);
  y = y + h/6*(k1 + 2*k2 + 2*k3 + k4);
  t = t + h;
end
fprintf('t=%.1f prey=%.6f predators=%.6f\n', t, y(1), y(2));
g = 9.81; L = 1; c = 0.3;
pend = @(th, w) [w, -g/L*sin(th) - c*w];
th = pi/3; w = 0;
dt = 0.01;
nsteps = 500;
hist = zeros(nsteps, 2);
for n = 1:nsteps
  d = pend(th, w);
  th = th + dt*d(1);
  w = w + dt*d(2);
  hist(n, :) = [th w];
end
fprintf('euler: theta=%.6f omega=%.6f\n', th, w);
[~, imax] = max(abs(hist(:, 2)));
fprintf('max |omega| %.6f at step %d\n', abs(hist(imax, 2)), imax);
zc = find(diff(sign(hist(:, 1))) ~= 0);
fprintf('zero crossings: %d, first at step %d\n', numel(zc), zc(1));
yex = @(t) exp(-t);
err = zeros(1, 3);
hs = [0.1 0.05 0.025];
for j = 1:3
  yy = 1;
  for n = 1:round(1/hs(j))
    yy = heunstep(@(t, y) -y, 0, yy, hs(j));
  end
  err(j) = abs(yy - yex(1));
end
fprintf('heun errors: %.3e %.3e %.3e\n', err);
fprintf('order estimate: %.2f\n', log2(err(1)/err(2)));

function y = heunstep(f, t, y, h)
  % Heun's method (the improved Euler step), second order
  k1 = f(t, y);
  k2 = f(t + h, y + h*k1);
  y = y + h/2*(k1 + k2);
end
