% Fixed-step simulations: free fall with a while loop, a projectile with drag, leapfrog energy drift, vectorised logistic growth, an explicit heat-equation stencil, Lotka-Volterra by the midpoint rule, a compound-interest table.
g = 9.81; dt = 0.01; v = 0; y = 100; t = 0;
while y > 0
  v = v - g*dt; y = y + v*dt; t = t + dt;
end
fprintf('fall time %.2f s, speed %.3f m/s\n', t, abs(v));
% projectile with drag, semi-implicit Euler
k = 0.1; vx = 20*cosd(45); vy = 20*sind(45); x = 0; yy = 0; n = 0;
while yy >= 0
  sp = hypot(vx, vy);
  vx = vx - k*sp*vx*dt; vy = vy - (g + k*sp*vy)*dt;
  x = x + vx*dt; yy = yy + vy*dt; n = n + 1;
end
fprintf('range %.3f m after %d steps\n', x, n);
% harmonic oscillator, leapfrog energy drift
w = 2; q = 1; p = 0; E0 = 0.5*p^2 + 0.5*w^2*q^2;
for i = 1:1000
  p = p - 0.5*dt*w^2*q; q = q + dt*p; p = p - 0.5*dt*w^2*q;
end
E = 0.5*p^2 + 0.5*w^2*q^2;
fprintf('energy drift %.3e\n', abs(E - E0)/E0);
% logistic growth, vectorised over r values
r = [0.5 1.0 1.5]; P = 10*ones(size(r)); Kc = 1000;
for i = 1:200
  P = P + dt*10*r.*P.*(1 - P/Kc);
end
fprintf('%.4f ', P); fprintf('\n');
% heat equation explicit scheme
nx = 11; u = zeros(1, nx); u(6) = 1; alpha = 0.25;
for it = 1:20
  u(2:end-1) = u(2:end-1) + alpha*(u(3:end) - 2*u(2:end-1) + u(1:end-2));
end
fprintf('%.5f ', u(4:8)); fprintf('\n');
fprintf('mass %.6f\n', sum(u));
% Lotka-Volterra with RK2 (midpoint), system in a vector
f = @(z) [1.1*z(1) - 0.4*z(1)*z(2); 0.1*z(1)*z(2) - 0.4*z(2)];
z = [10; 10]; h = 0.05;
for i = 1:100
  zm = z + h/2*f(z); z = z + h*f(zm);
end
fprintf('prey %.4f predator %.4f\n', z);
% compound interest table
bal = 1000; rate = 0.05;
for yr = 1:5
  bal = bal*(1 + rate/12)^12;
  fprintf('year %d: %10.2f\n', yr, bal);
end
