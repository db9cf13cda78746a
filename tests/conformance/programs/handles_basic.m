% Function handles and anonymous functions as values: handles to builtins,
% local functions and anonymous functions capturing values at creation;
% calls with and without arguments, handles as arguments and results,
% feval with a handle or a name, several outputs, class and isa.
f = @sin;
fprintf('%.4f\n', f(1));
g = @(x) x.^2 + 1;
fprintf('%g\n', g(3));
fprintf('%g ', g([1 2 3]));
fprintf('\n');
a = 10;
h = @(x) a * x;
a = 20;                         % h keeps the 10 it captured
fprintf('%g\n', h(2));
k = @square;
fprintf('%g\n', k(4));
fprintf('%g\n', apply(g, 5));
fprintf('%g\n', apply(@square, 6));
fprintf('%g\n', feval(@square, 7));
fprintf('%g\n', feval('square', 8));
fprintf('%g\n', feval(@max, [4 11 2]));
add3 = make_adder(3);
add5 = make_adder(5);
fprintf('%g %g\n', add3(1), add5(1));
compose = @(u, v) @(x) u(v(x));
inc_then_square = compose(@square, add3);
fprintf('%g\n', inc_then_square(2));
answer = @() 42;
fprintf('%g\n', answer());
[m, i] = feval(@max, [3 9 2]);
fprintf('%g %g\n', m, i);
q = @two_outputs;
[u, v] = q(3);
fprintf('%g %g\n', u, v);
fprintf('%s\n', func2str(k));
fprintf('%s\n', func2str(f));
fprintf('%s\n', class(h));
fprintf('%d %d\n', isa(h, 'function_handle'), isa(3, 'function_handle'));
fprintf('%d %d\n', is_function_handle(k), is_function_handle('square'));
s = 0;
for n = 1:4
  s = s + apply(@(t) t * n, 2);   % a new capture each iteration
end
fprintf('%g\n', s);
fprintf('%.6f\n', newton(@(x) x^2 - 2, 1));

function y = square(x)
  y = x * x;
end

function y = apply(f, x)
  y = f(x);
end

function f = make_adder(n)
  f = @(x) x + n;
end

function [a, b] = two_outputs(x)
  a = x + 1;
  b = x + 2;
end

function x = newton(f, x)
  for k = 1:30
    d = (f(x + 1e-7) - f(x)) / 1e-7;
    x = x - f(x) / d;
  end
end
