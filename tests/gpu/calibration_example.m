% The program gpu_calibration embeds a table in: a kernel over 1,000
% points, which the router decides with the table. (examples/hello.m's ten
% points became scalar code, with nothing to route and no table kept.)
n = 1000;
x = linspace(0, 1, n);
y = x.^2 .* (3 - 2*x);
fprintf('%d points, sum of smooth steps = %.6f\n', n, sum(y));
