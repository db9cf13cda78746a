% A constant-velocity Kalman filter tracking a target from position measurements with a
% deterministic disturbance sequence; covariance symmetry, innovation statistics, and
% comparison with an alpha-beta filter and a batch least-squares line fit.
dt = 0.1; n = 80;
F = [1 dt; 0 1];
H = [1 0];
q = 0.01; Q = q * [dt^4/4 dt^3/2; dt^3/2 dt^2];
R = 0.25;
t = (0:n-1) * dt;
truth = 2 + 1.5 * t;
noise = 0.5 * sin(37 * (1:n)) .* cos(11 * (1:n));
z = truth + noise;
x = [z(1); 0];
P = diag([R, 10]);
est = zeros(2, n);
innov = zeros(1, n);
for k = 1:n
    if k > 1
        x = F * x;
        P = F * P * F' + Q;
    end
    S = H * P * H' + R;
    K = P * H' / S;
    innov(k) = z(k) - H * x;
    x = x + K * innov(k);
    P = (eye(2) - K * H) * P;
    P = (P + P') / 2;
    est(:, k) = x;
end
fprintf('final estimate: position %.4f, velocity %.4f (truth %.4f, %.4f)\n', est(1, end), est(2, end), truth(end), 1.5);
fprintf('final gain: %s\n', sprintf('%.5f ', K));
fprintf('final std: %.5f %.5f\n', sqrt(P(1, 1)), sqrt(P(2, 2)));
fprintf('P symmetric positive definite: %d\n', isequal(P, P') && all(eig(P) > 0));
rmsRaw = sqrt(mean((z - truth).^2));
rmsKf = sqrt(mean((est(1, 20:end) - truth(20:end)).^2));
fprintf('rms error raw %.4f, filtered (after 20) %.4f\n', rmsRaw, rmsKf);
fprintf('mean innovation %.5f\n', mean(innov(10:end)));
% alpha-beta filter
alpha = 0.3; beta = 0.05;
xp = z(1); vp = 0;
ab = zeros(1, n);
for k = 1:n
    xpred = xp + dt * vp;
    r = z(k) - xpred;
    xp = xpred + alpha * r;
    vp = vp + beta / dt * r;
    ab(k) = xp;
end
fprintf('alpha-beta final %.4f, velocity %.4f\n', ab(end), vp);
% batch fit
coef = [t' ones(n, 1)] \ z';
fprintf('least squares: slope %.4f, intercept %.4f\n', coef(1), coef(2));
p = polyfit(t, z, 1);
fprintf('polyfit agrees: %d\n', norm(p(:) - coef) < 1e-9);
