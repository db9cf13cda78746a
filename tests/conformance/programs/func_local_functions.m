% A script whose local functions (at the end, MATLAB style) call each other.
data = [4 8 15 16 23 42];
fprintf('mean %.4f, variance %.4f, stddev %.4f\n', my_mean(data), my_var(data), my_std(data));
fprintf('normalized: '); fprintf('%.3f ', normalize(data)); fprintf('\n');
fprintf('clamped: '); fprintf('%d ', clamp(data, 10, 20)); fprintf('\n');
fprintf('hypot(3,4) = %g\n', hyp(3, 4));
print_banner('local functions');
y = twice(twice(3));
fprintf('twice(twice(3)) = %d\n', y);
% a local function can use the same variable names as the script
x = 100;
fprintf('inner x: %d, script x still %d\n', uses_x(5), x);

function m = my_mean(v)
  m = sum(v) / numel(v);
end

function s2 = my_var(v)
  d = v - my_mean(v);
  s2 = sum(d .^ 2) / (numel(v) - 1);
end

function s = my_std(v)
  s = sqrt(my_var(v));
end

function z = normalize(v)
  z = (v - my_mean(v)) / my_std(v);
end

function y = clamp(x, lo, hi)
  y = min(max(x, lo), hi);
end

function h = hyp(a, b)
  h = sqrt(sq(a) + sq(b));
end

function y = sq(x)
  y = x * x;
end

function print_banner(text)
  line = repmat('-', 1, numel(text) + 4);
  fprintf('%s\n| %s |\n%s\n', line, text, line);
end

function y = twice(x)
  y = 2 * x;
end

function r = uses_x(x)
  x = x * 2;
  r = x;
end
