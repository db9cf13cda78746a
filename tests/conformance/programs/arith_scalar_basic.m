% Scalar arithmetic on doubles and MATLAB's operator precedence.
a = 7;
b = 2;
fprintf('%g %g %g %g\n', a + b, a - b, a * b, a / b);
fprintf('left division: %g\n', b \ a);
fprintf('power: %g %g %g\n', a ^ b, a .^ b, b ^ 0.5);
fprintf('unary: %g %g %g\n', -a, +a, - -a);
% precedence: unary minus binds looser than ^, ^ is left-associative
fprintf('-2^2 = %g\n', -2^2);
fprintf('2^-1 = %g\n', 2^-1);
fprintf('2^3^2 = %g\n', 2^3^2);
fprintf('-2^-2 = %g\n', -2^-2);
fprintf('2*3+4*5 = %g\n', 2*3+4*5);
fprintf('(2+3)*4 = %g\n', (2+3)*4);
fprintf('10-4-3 = %g\n', 10-4-3);
fprintf('24/4/2 = %g\n', 24/4/2);
fprintf('1+2:5 has %d elements\n', numel(1+2:5));
fprintf('0^0 = %g, 0^-1 = %g, (-8)^(1/3) is real: %d\n', 0^0, 0^-1, isreal((-8)^(1/3)));
fprintf('(-2)^3 = %g, (-2)^2 = %g\n', (-2)^3, (-2)^2);
fprintf('0.1+0.2 == 0.3: %d, abs diff < eps: %d\n', 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < eps);
fprintf('%.17g\n', 0.1 + 0.2);
fprintf('%.17g\n', 1/3);
fprintf('%.17g\n', 2/3 * 3);
fprintf('big: %.17g %.17g\n', 2^53 + 1, 1e308 * 10);
fprintf('small: %g %g\n', 2^-1074, 2^-1075);
x = 5;
x = x + 1;
x = x * 2;
fprintf('x = %d\n', x);
