% Discrete-time control: a second-order plant in state space simulated step by step,
% step response metrics (rise time, overshoot, settling), a PI loop with anti-windup
% and saturation, a steady-state gain check with inv, and eigenvalue stability.
wn = 2; zeta = 0.3; Ts = 0.01;
Ac = [0 1; -wn^2 -2*zeta*wn];
Bc = [0; wn^2];
Cd = [1 0];
Ad = expm(Ac * Ts);
Bd = Ac \ (Ad - eye(2)) * Bc;
fprintf('discrete eigenvalue magnitudes: %s\n', sprintf('%.6f ', abs(eig(Ad))));
fprintf('stable: %d\n', all(abs(eig(Ad)) < 1));
N = 1000;
x = [0; 0];
y = zeros(1, N);
for k = 1:N
    y(k) = Cd * x;
    x = Ad * x + Bd * 1;
end
t = (0:N-1) * Ts;
yss = Cd * ((eye(2) - Ad) \ Bd);
fprintf('steady-state gain %.6f\n', yss);
[pk, ipk] = max(y);
fprintf('overshoot %.2f%% at t = %.2f (theory %.2f%%)\n', 100 * (pk - yss) / yss, t(ipk), 100 * exp(-zeta * pi / sqrt(1 - zeta^2)));
i10 = find(y >= 0.1 * yss, 1);
i90 = find(y >= 0.9 * yss, 1);
fprintf('rise time %.2f s\n', t(i90) - t(i10));
outside = find(abs(y - yss) > 0.02 * yss, 1, 'last');
fprintf('2%% settling time %.2f s\n', t(outside + 1));
% PI control of a first-order plant with actuator limits
a = 0.95; b = 0.05;
Kp = 2; Ki = 0.5; umax = 1.5;
r = 1; xk = 0; integ = 0;
ylog = zeros(1, 300); ulog = zeros(1, 300);
for k = 1:300
    e = r - xk;
    u = Kp * e + Ki * integ;
    us = min(max(u, -umax), umax);
    if us == u
        integ = integ + e;          % integrate only when not saturated
    end
    xk = a * xk + b * us;
    ylog(k) = xk; ulog(k) = us;
end
fprintf('PI: final output %.5f, saturated steps %d, max u %.2f\n', ylog(end), sum(abs(ulog) >= umax), max(ulog));
fprintf('output at k = 10, 50, 100: %s\n', sprintf('%.4f ', ylog([10 50 100])));
% controllability and observability ranks
Co = [Bd, Ad * Bd];
Ob = [Cd; Cd * Ad];
fprintf('rank controllability %d, observability %d\n', rank(Co), rank(Ob));
% impulse response by filter with the transfer function of the first-order plant
h = filter(b, [1 -a], [1 zeros(1, 9)]);
fprintf('impulse response: %s\n', sprintf('%.5f ', h(1:5)));
fprintf('dc gain from sum of long impulse response: %.4f\n', sum(filter(b, [1 -a], [1 zeros(1, 999)])));
