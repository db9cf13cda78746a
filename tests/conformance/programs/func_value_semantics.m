% Arrays have value semantics: assignment copies, callees cannot modify callers.
a = [1 2 3];
b = a;
b(1) = 99;
fprintf('a = %d %d %d, b = %d %d %d\n', a, b);
c = modify(a);
fprintf('after call a = %d %d %d, returned ', a); fprintf('%d ', c); fprintf('\n');
A = eye(2);
B = A;
A(1, 2) = 5;
fprintf('B unchanged: %d\n', B(1, 2) == 0);
s = 'text';
t = s;
t(1) = 'n';
fprintf('%s %s\n', s, t);
x = 1:5;
x = grow(x);
fprintf('reassigned from callee: numel %d\n', numel(x));
% the same array passed twice
y = [1 2];
z = add_inplace(y, y);
fprintf('add_inplace(y, y) = %d %d, y = %d %d\n', z, y);
% loop accumulation into a copy
orig = zeros(1, 3);
work = orig;
for k = 1:3
  work(k) = k;
end
fprintf('orig sum %d, work sum %d\n', sum(orig), sum(work));

function v = modify(v)
  v(1) = -1;
  v(end + 1) = 4;
end

function v = grow(v)
  v(end + 1:end + 3) = 0;
end

function r = add_inplace(p, q)
  p(1) = p(1) + q(1);
  p(2) = p(2) + q(2);
  r = p;
end
