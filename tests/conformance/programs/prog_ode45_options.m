% ode45 with odeset options (tolerances), solution at requested times, a stiff-free
% predator-prey model, and an exponential decay checked against its exact solution.
opts = odeset('RelTol', 1e-9, 'AbsTol', 1e-11);
k = 0.7;
[t, y] = ode45(@(t, y) -k * y, [0 1 2 3 4], 5, opts);
fprintf('%d output times\n', numel(t));
for i = 1:numel(t)
    fprintf('t = %.1f  y = %.6f  exact = %.6f\n', t(i), y(i), 5 * exp(-k * t(i)));
end
fprintf('max rel error below 1e-6: %d\n', max(abs(y - 5 * exp(-k * t)) ./ (5 * exp(-k * t))) < 1e-6);

% Lotka-Volterra
a = 1.0; b = 0.1; c = 1.5; d = 0.075;
lv = @(t, z) [a*z(1) - b*z(1)*z(2); -c*z(2) + d*z(1)*z(2)];
tq = linspace(0, 15, 7);
[t, z] = ode45(lv, tq, [10; 5], opts);
fprintf('size of solution: %d x %d\n', size(z, 1), size(z, 2));
for i = 1:numel(t)
    fprintf('%5.2f %9.4f %9.4f\n', t(i), z(i, 1), z(i, 2));
end
% invariant of the Lotka-Volterra system
V = d*z(:,1) - c*log(z(:,1)) + b*z(:,2) - a*log(z(:,2));
fprintf('invariant spread < 1e-5: %d\n', max(V) - min(V) < 1e-5);

% two-element span: solver chooses the steps, check only the end point
[t, y] = ode45(@(t, y) [y(2); -y(1)], [0 pi], [0; 1], opts);
fprintf('end time %.6f, y1 ~ 0: %d, y2 = %.5f, monotone times %d\n', t(end), abs(y(end, 1)) < 1e-6, y(end, 2), all(diff(t) > 0));
