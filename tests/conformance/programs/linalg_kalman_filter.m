% 1D constant-velocity Kalman filter
dt = 0.1;
F = [1 dt; 0 1];
H = [1 0];
Q = 0.01 * eye(2);
R = 0.5;
x = [0; 0];
P = eye(2);
meas = [0.1 0.25 0.33 0.52 0.61 0.68 0.82 0.95 1.02 1.13];
est = zeros(2, numel(meas));
for k = 1:numel(meas)
    x = F * x;
    P = F * P * F' + Q;
    S = H * P * H' + R;
    K = P * H' / S;
    x = x + K * (meas(k) - H * x);
    P = (eye(2) - K * H) * P;
    est(:, k) = x;
end
fprintf('%8.4f %8.4f\n', est);
fprintf('final P trace %.6f\n', trace(P));
