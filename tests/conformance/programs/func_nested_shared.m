function func_nested_shared
% Nested functions share the variables their parent also uses; their other
% variables are their own.
x = 1;
show_x();
bump();
fprintf('after bump: x = %d\n', x);
bump();
bump();
fprintf('after three bumps: x = %d\n', x);
set_label('ready');
fprintf('label: %s\n', label);
% A nested function's local (tmp) is not the parent's.
tmp = 100;
r = uses_local(5);
fprintf('uses_local(5) = %d, tmp = %d\n', r, tmp);
% Parameters and outputs of a nested function are its own.
y = 7;
z = shadow(3);
fprintf('shadow(3) = %d, y = %d\n', z, y);
% Several outputs.
[s, p] = sum_prod(4);
fprintf('sum_prod(4) = %d, %d; calls = %d\n', s, p, calls);
% A vector grown by a nested function.
v = [];
for k = 1:4
  push(k * k);
end
fprintf('v = %s\n', mat2str(v));
fprintf('nargin in nested: %d %d\n', count_args(1), count_args(1, 2));

  function show_x()
    fprintf('show_x: x = %d\n', x);
  end

  function bump()
    x = x + 1;
  end

  function set_label(t)
    label = t;
  end

  function out = uses_local(n)
    tmpl = n * 2;
    out = tmpl + x;
  end

  function y = shadow(y)
    y = y * 10;
  end

  function [a, b] = sum_prod(n)
    calls = 1;
    a = sum(1:n);
    b = prod(1:n);
  end

  function push(e)
    v(end + 1) = e;
  end

  function n = count_args(varargin)
    n = nargin;
  end
end
