% ode45 and ode23 with odeset options, tspan of more than two points, the
% [t, y] outputs. Where MATLAB's and Octave's steps differ (the initial
% step, the step-size rules), values are printed to the digits the
% tolerances make both agree on.
opts = odeset('RelTol', 1e-10, 'AbsTol', 1e-12);
fprintf('%g %g\n', odeget(opts, 'RelTol'), odeget(opts, 'AbsTol'));
fprintf('%d %g\n', isempty(odeget(opts, 'MaxStep')), odeget(opts, 'Refine', 4));
% y' = -2y on points: exp(-2t).
[t, y] = ode45(@(t, y) -2*y, [0 0.5 1 1.5 2], 1, opts);
fprintf('%d %d\n', size(t), size(y));
fprintf('%.1f %.8f\n', [t y]');
% A system: the harmonic oscillator y1' = y2, y2' = -y1 from [1; 0].
% (r rounds and turns -0 into 0, whose sign would depend on the steps.)
r = @(v) round(v * 1e8) / 1e8 + 0;
[t, y] = ode45(@(t, y) [y(2); -y(1)], linspace(0, pi, 5), [1; 0], opts);
fprintf('%.4f % .8f % .8f\n', [t r(y)]');
[t, y] = ode23(@(t, y) [y(2); -y(1)], [0 pi/2 pi], [1 0], odeset('RelTol', 1e-8, 'AbsTol', 1e-10));
fprintf('%.4f % .6f % .6f\n', [t r(y)]');
% Time-dependent: y' = t, y(0) = 1 gives 1 + t^2/2; backwards in time too.
[t, y] = ode45(@(t, y) t, [0 1 2], 1);
fprintf('%.1f %.6f\n', [t y]');
[t, y] = ode45(@(t, y) t, [2 1 0], 3);
fprintf('%.1f %.6f\n', [t y]');
% Default tolerances (RelTol 1e-3, AbsTol 1e-6) on two points: the steps
% are the solver's; the end value is close to the exact one.
[t, y] = ode45(@(t, y) -y, [0 1], 1);
fprintf('%d %d %d\n', t(1) == 0, t(end) == 1, size(y, 2));
fprintf('%.4f\n', y(end));
fprintf('%d\n', all(diff(t) > 0));
[t, y] = ode23(@(t, y) -y, [0 1], 1);
fprintf('%.3f %d\n', y(end), t(end) == 1);
% Van der Pol (mu = 1) at t = 2, 4.
vdp = @(t, y) [y(2); (1 - y(1)^2)*y(2) - y(1)];
[t, y] = ode45(vdp, [0 2 4], [2; 0], odeset('RelTol', 1e-9, 'AbsTol', 1e-11));
fprintf('%.6f %.6f\n', y');
[t, y] = ode23(vdp, [0 2 4], [2; 0], odeset('RelTol', 1e-9, 'AbsTol', 1e-11));
fprintf('%.5f %.5f\n', y');
% Options merge and MaxStep / InitialStep.
o2 = odeset(opts, 'MaxStep', 0.01, 'InitialStep', 1e-3);
fprintf('%g %g %g\n', odeget(o2, 'RelTol'), odeget(o2, 'MaxStep'), odeget(o2, 'InitialStep'));
[t, y] = ode45(@(t, y) cos(t), [0 1], 0, o2);
fprintf('%d %.8f\n', numel(t) > 100, y(end));
% Vector AbsTol.
[t, y] = ode45(@(t, y) [-y(1); -2*y(2)], [0 1], [1; 1], odeset('AbsTol', [1e-10 1e-10], 'RelTol', 1e-9));
fprintf('%.8f %.8f\n', y(end, :));
