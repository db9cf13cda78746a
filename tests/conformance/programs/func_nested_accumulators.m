function func_nested_accumulators
% Nested functions sharing state, handles to nested functions, subfunctions, handles to
% subfunctions passed around, closures capturing values at creation time.
total = 0;
count = 0;
add(5);
add(7);
add(-2);
fprintf('total %d count %d mean %.4f\n', total, count, total/count);
h = @add;
h(10);
fprintf('after handle: total %d count %d\n', total, count);
c1 = make_counter();
c2 = make_counter();
c1(); c1(); c2();
fprintf('counters %d %d\n', c1(), c2());
k = 3;
scale = @(x) k * x;
k = 100;
fprintf('captured k: %d\n', scale(2));
fprintf('apply twice: %d\n', apply_twice(@square_it, 3));
fprintf('compose: %d\n', apply_twice(@(x) x + k, 1));
fns = {@sin, @cos, @square_it};
vals = cellfun(@(f) f(0), fns);
fprintf('table: %s\n', mat2str(vals));
fprintf('func2str: %s\n', func2str(@square_it));
g = str2func('square_it');
fprintf('str2func: %d\n', g(6));
fprintf('feval: %d %g\n', feval(@square_it, 4), feval('max', [1 9 3]));
r = fold(@plus, [1 2 3 4], 0);
fprintf('fold plus %d\n', r);
r = fold(@(a, b) a*10 + b, [1 2 3], 0);
fprintf('fold digits %d\n', r);

  function add(v)
    total = total + v;
    count = count + 1;
  end
end

function f = make_counter()
  n = 0;
  f = @step;
  function r = step()
    n = n + 1;
    r = n;
  end
end

function y = square_it(x)
  y = x .^ 2;
end

function y = apply_twice(f, x)
  y = f(f(x));
end

function acc = fold(f, v, acc)
  for i = 1:numel(v)
    acc = f(acc, v(i));
  end
end
