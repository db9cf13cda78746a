% Anonymous functions with captured values called in loops: the captured
% value keeps the class, shape and value it had when the handle was made,
% whatever its type (scalar, logical, integer, complex, matrix, char, cell,
% struct), and a later change of the variable does not reach the handle.
% Expected output from Octave 7.
n = 1000;
a = 0.5;
f = @(x) a * x + 1;
a = 100;  % (the handle keeps 0.5)
s = 0;
for i = 1:n
  s = s + f(i);
end
fprintf('double %.17g\n', s);

flag = true;
g = @(x) x + flag;
t = 0;
for i = 1:10
  t = t + g(i);
end
fprintf('logical %g %s\n', t, class(g(1)));

k8 = int8(100);
h = @(x) k8 + x;
u = int8(0);
for i = 1:3
  u = h(i);
end
fprintf('int8 %d %s\n', u, class(u));

z = 2 + 3i;
c = @(x) z * x;
w = 0;
for i = 1:4
  w = w + c(i);
end
fprintf('complex %g %g\n', real(w), imag(w));

M = [1 2; 3 4];
m = @(x) M(x) * 2;
q = 0;
for i = 1:4
  q = q + m(i);
end
fprintf('matrix %g\n', q);

word = 'abc';
p = @(x) word(x);
out = '';
for i = [3 1 2]
  out = [out p(i)];
end
fprintf('char %s\n', out);

cc = {10, 20, 30};
r = @(x) cc{x} + 1;
v = 0;
for i = 1:3
  v = v + r(i);
end
fprintf('cell %g\n', v);

st.scale = 3;
st.shift = -1;
y = @(x) st.scale * x + st.shift;
e = 0;
for i = 1:5
  e = e + y(i);
end
fprintf('struct %g\n', e);

% a handle made again on each trip captures that trip's value
acc = 0;
for i = 1:4
  b = i * 10;
  fb = @(x) x + b;
  acc = acc + fb(1);
end
fprintf('remade %g\n', acc);

% a handle that calls a handle
inner = @(x) a * x;
outer = @(x) inner(x) + f(x);
fprintf('nested %.17g\n', outer(2));

% a named function's handle, and errors from the body
sq = @square;
total = 0;
for i = 1:5
  total = total + sq(i);
end
fprintf('named %g\n', total);
% (Octave's messages differ from MATLAB's: only that they fail is compared)
try
  m(5);
  fprintf('no error\n');
catch
  fprintf('index error\n');
end
try
  f(1, 2);
  fprintf('no error\n');
catch
  fprintf('too many inputs\n');
end

function y = square(x)
  y = x * x;
end
