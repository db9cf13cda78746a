% try/catch with error identifiers, catch without a variable, rethrow, try
% inside loops with break and continue, lasterr.
try
  error('mine:bad', 'Value %d is bad', 3);
catch err
  fprintf('%s | %s\n', err.identifier, err.message);
end
try
  error('plain message');
catch
  fprintf('caught plain\n');
end
v = 1;
x = [1 2 3];
try
  v = 2;
  x(2) = 20;
  error('stop:here', 'stopped');
  v = 3;
catch
end
fprintf('v = %d, x(2) = %d\n', v, x(2));
try
  r = deep(3);
catch e
  fprintf('deep: %s\n', e.message);
end
try
  try
    error('inner:id', 'inner');
  catch e1
    fprintf('inner caught %s\n', e1.identifier);
    rethrow(e1);
  end
catch e2
  fprintf('outer caught %s (%s)\n', e2.message, e2.identifier);
end
total = 0;
for k = 1:6
  try
    if k == 2
      error('skip');
    end
    if k == 3
      continue;
    end
    if k == 5
      break;
    end
    total = total + k;
  catch
    total = total + 100;
  end
end
fprintf('total = %d\n', total);
fprintf('lasterr: %s\n', lasterr);
s = 0;
for k = 1:3
  try
    s = s + safe_div(6, k - 2);
  catch e
    fprintf('k=%d: %s\n', k, e.message);
  end
end
fprintf('s = %g\n', s);
fprintf('after: %d\n', nested_try(0));
fprintf('after: %d\n', nested_try(1));

function r = deep(n)
  a = zeros(1, n + 1);
  if n == 0
    error('deep:bottom', 'reached the bottom with %d elements', numel(a));
  end
  r = deep(n - 1) + sum(a);
end

function q = safe_div(a, b)
  if b == 0
    error('div:zero', 'division of %d by zero', a);
  end
  q = a / b;
end

function y = nested_try(fail)
  y = 10;
  try
    if fail
      error('x:y', 'failing');
    end
    y = 20;
    return;
  catch
    y = 30;
  end
  y = y + 1;
end
