% Engineering units table: temperature/pressure conversions printed with fprintf vector
% cycling, field widths and precisions, integer classes, rounding, and a lookup with find.
C = -40:20:100;
F = C * 9/5 + 32;
K = C + 273.15;
fprintf('%8s %8s %8s\n', 'C', 'F', 'K');
fprintf('%8.1f %8.1f %8.2f\n', [C; F; K]);
psi = [14.696 30 100 250];
kpa = psi * 6.894757;
fprintf('%7.3f psi = %9.3f kPa = %6.3f bar\n', [psi; kpa; kpa / 100]);
raw = uint16([100 2000 40000 65535]);
volts = double(raw) / 65535 * 3.3;
fprintf('%5u -> %.4f V\n', [double(raw); volts]);
fprintf('%s\n', class(raw * 2));
fprintf('%d ', raw * 2); fprintf('\n');
fprintf('%d ', int8([-200 -5.5 5.5 200])); fprintf('\n');
fprintf('%d ', round([-2.5 -1.5 -0.5 0.5 1.5 2.5])); fprintf('\n');
fprintf('%g ', round(pi * 1000) / 1000, fix(-3.7), floor(-3.2), ceil(-3.8)); fprintf('\n');
speeds = [12 35 67 88 120];
lim = [30 60 90 Inf];
labels = {'slow', 'urban', 'road', 'highway'};
for s = speeds
    i = find(s <= lim, 1);
    fprintf('%4d km/h: %s\n', s, labels{i});
end
fprintf('%6.2f%%\n', [12.345 99.999 0.001]);
fprintf('|%-10s|%10s|\n', 'left', 'right');
fprintf('|%05d|%+d|% d|\n', 42, 42, 42);
fprintf('|%x|%X|%o|%c|\n', 255, 255, 8, 65);
fprintf('%.3s|%5.2s|\n', 'abcdef', 'xyz');
fprintf('%e %E %G\n', 123456, 0.000123, 1e-10);
fprintf('%*d|%-*d|\n', 6, 7, 4, 8);
