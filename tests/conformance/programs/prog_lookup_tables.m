% Engine-map style lookup tables: interp1 with extrapolation options, interp2 on a
% meshgrid table (linear and nearest), a monotone search with histc/discretize-free
% find, and saturation of queries to the table limits.
rpm = [1000 2000 3000 4000 5000];
load_ = [0.2 0.4 0.6 0.8 1.0];
[RPM, LOAD] = meshgrid(rpm, load_);
torque = 50 + 0.02 * RPM .* LOAD - 1e-6 * (RPM - 3000).^2 .* LOAD;
fprintf('table size %dx%d, corner values %.3f %.3f\n', size(torque), torque(1, 1), torque(end, end));
qr = [1500 2750 4990];
ql = [0.3 0.55 0.95];
for k = 1:3
    v = interp2(RPM, LOAD, torque, qr(k), ql(k));
    vn = interp2(RPM, LOAD, torque, qr(k), ql(k), 'nearest');
    fprintf('rpm %4d load %.2f: linear %.4f nearest %.4f\n', qr(k), ql(k), v, vn);
end
fprintf('outside table gives NaN: %d\n', isnan(interp2(RPM, LOAD, torque, 6000, 0.5)));
vv = interp2(rpm, load_, torque, [1000 5000], [0.2 1.0]);
fprintf('vector grid form at corners: %s\n', sprintf('%.3f ', vv));
% clamp queries before lookup
qc = min(max(6000, rpm(1)), rpm(end));
fprintf('clamped query %d -> %.4f\n', qc, interp2(RPM, LOAD, torque, qc, 0.5));
% 1-D with extrapolation
x = [0 1 2 3]; y = [0 10 15 17];
fprintf('interp1 outside is NaN: %d, extrap %g, fill value %g\n', isnan(interp1(x, y, 4)), interp1(x, y, 4, 'linear', 'extrap'), interp1(x, y, 4, 'linear', 0));
fprintf('interp1 matrix columns: %s\n', mat2str(interp1(x, [y' 2*y'], 1.5)));
% bin search: index of the interval containing each query
edges = [0 10 20 50 100];
qs = [5 10 49.9 50 100 0];
bins = zeros(size(qs));
for k = 1:numel(qs)
    b = find(edges <= qs(k), 1, 'last');
    if b == numel(edges), b = b - 1; end
    bins(k) = b;
end
fprintf('bins: %s\n', mat2str(bins));
fprintf('histc bins: %s\n', mat2str(histc(qs, edges)));
% inverse lookup on a monotone table
T = [0 25 50 75 100];
R = [100 109.73 119.4 128.99 138.5];
fprintf('resistance 115 -> %.3f degC\n', interp1(R, T, 115));
fprintf('spline and pchip at 62.5: %.4f %.4f\n', interp1(T, R, 62.5, 'spline'), interp1(T, R, 62.5, 'pchip'));
