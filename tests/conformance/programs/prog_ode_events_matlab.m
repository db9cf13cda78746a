% EXPECTED: hand-written
% ode45 with an 'Events' function: a bouncing ball integrated flight by flight, stopping at
% impact, restarting with a restitution coefficient; event times checked against the
% closed form, and a terminal event with direction on a pendulum. MATLAB locates an event
% as a zero of the solution's interpolant (odeset documentation, "Events"; ode45
% documentation, "ODE Event Location"), so te/ye are the closed-form impact times and
% speeds and the pendulum's crossing at the complete elliptic integral K(sin(0.25)^2),
% rate -2*sin(0.25); Octave 7 returns a point near the crossing (1.399110 for 1.427843).
g = 9.81; e = 0.8;
opts = odeset('Events', @groundHit, 'RelTol', 1e-10, 'AbsTol', 1e-12);
y0 = [10; 0];
t0 = 0;
impacts = [];
for bounce = 1:4
    [t, y, te, ye] = ode45(@(t, y) [y(2); -g], [t0, t0 + 20], y0, opts);
    impacts(end + 1) = te(end); %#ok<AGROW>
    fprintf('impact %d at t = %.6f, speed %.6f\n', bounce, te(end), abs(ye(end, 2)));
    y0 = [0; -e * ye(end, 2)];
    t0 = te(end);
    fprintf('  steps recorded %d, last t equals event: %d\n', numel(t) > 2, abs(t(end) - te(end)) < 1e-9);
end
T1 = sqrt(2 * 10 / g);
v1 = g * T1;
exact = T1 + cumsum([0, 2 * v1 * e.^(1:3) / g]);
fprintf('closed-form impact times: %s\n', sprintf('%.6f ', exact));
fprintf('max difference below 1e-6: %d\n', max(abs(impacts - exact)) < 1e-6);

% pendulum: stop when the angle crosses zero going negative
opts2 = odeset('Events', @crossing, 'RelTol', 1e-10, 'AbsTol', 1e-12);
[t, y, te, ye, ie] = ode45(@(t, y) [y(2); -sin(y(1))], [0 10], [0.5; 0], opts2);
fprintf('pendulum crossing at t = %.5f, angle ~0 %d, rate %.5f, event index %d\n', te, abs(ye(1)) < 1e-8, ye(2), ie);
fprintf('integration stopped at the event: %d\n', abs(t(end) - te) < 1e-9);
% small-angle check: quarter period near pi/2
fprintf('quarter period near pi/2 (large-angle correction < 2%%): %d\n', abs(te / (pi / 2) - 1) < 0.02);

function [value, isterminal, direction] = groundHit(~, y)
    value = y(1);
    isterminal = 1;
    direction = -1;
end

function [value, isterminal, direction] = crossing(~, y)
    value = y(1);
    isterminal = 1;
    direction = -1;
end
