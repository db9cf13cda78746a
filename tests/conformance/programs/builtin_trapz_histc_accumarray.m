% trapz, cumtrapz (spacing, coordinates, dims), histc (edges, last edge, bins, matrices) and accumarray (sums, sizes, fill).
y = [1 2 4 7];
fprintf('trapz: %g\n', trapz(y));
fprintf('trapz spacing: %g\n', trapz(0.5, y));
fprintf('trapz x: %g\n', trapz([0 1 3 4], y));
M = [1 2 3; 4 5 6; 7 8 10];
pmat('trapz M', trapz(M));
pmat('trapz M 2', trapz(M, 2));
pmat('trapz x M', trapz([0; 2; 3], M));
pmat('trapz x M 2', trapz([0 1 3], M, 2));
pmat('trapz scalar', trapz(5));
pmat('cumtrapz', cumtrapz(y));
pmat('cumtrapz x', cumtrapz([0 1 3 4], y));
pmat('cumtrapz M', cumtrapz(M));
pmat('cumtrapz M 2', cumtrapz(M, 2));
pmat('cumtrapz col', cumtrapz([1; 3; 5]));
x = [0.5 1 1.5 2 3 3 4.5 -1 NaN];
[n, bin] = histc(x, [0 1 2 3]);
pmat('histc n', n); pmat('histc bin', bin);
pmat('histc col', histc([1; 2; 2; 5], 0:2:6));
pmat('histc matrix', histc([1 4; 2 2; 3 0], [0 2 4]));
pmat('histc dim 2', histc([1 4; 2 2; 3 0], [0 2 4], 2));
pmat('accumarray', accumarray([1; 2; 1; 4], [10; 20; 30; 40]));
pmat('accumarray scalar val', accumarray([1; 3; 3], 1));
pmat('accumarray 2d', accumarray([1 1; 2 2; 1 1; 3 1], [1 2 3 4]));
pmat('accumarray sz', accumarray([1; 2], [5; 6], [4 1]));
pmat('accumarray fill', accumarray([1; 3], [5; 6], [], [], -1));

function pmat(label, X)
  fprintf('%s: %s size', label, class(X));
  fprintf(' %d', size(X));
  fprintf(' |');
  fprintf(' %g', double(X(:)));
  fprintf('\n');
end
