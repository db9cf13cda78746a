% Appending in a loop, x = [x, a] and x = [x; a], which mcc grows in place
% when x is unshared: the values, shapes and classes are those of a fresh
% concatenation, copies taken before an append keep their values, and
% appends that cannot be in place (other classes, shapes, a shared or
% constant first part) concatenate as usual.
s = '';
for i = 1:12
  s = [s sprintf('%d,', mod(i * 7, 13))];
end
show(s);
c = 'abc';              % a constant: not grown in place
t = c;
c = [c 'de'];
show(c); show(t);
u = c;                  % shared: u keeps its value
c = [c 'f' 'gh'];
show(c); show(u);
c = [c c];              % itself
show(c);
r = [];
for k = 1:5
  r = [r, k^2];
end
show(r);
v = zeros(0, 1);
for k = 1:4
  v = [v; k / 2];
end
show(v);
M = zeros(2, 0);
for k = 1:3
  M = [M, [k; -k]];     % columns of a matrix continue it in memory
end
show(M);
M = [M, [10 20; 30 40]];
show(M);
w = [1 2 3];
w = [w; 4 5 6];         % a row below a row: not in place
show(w);
x = int8([1 2]);
x = [x, 300];           % a double part: converted to int8 (saturates)
show(x);
y = 'ab';
y = [y, 67, 68];        % numbers appended to char
show(y);
z = [true false];
z = [z, true];
show(z);
z = [z, 2];             % logical then double: double
show(z);
q = single([1.5 2.5]);
q = [q, [], 3.5];       % [] is skipped
show(q);
p = [1 2];
p = [p, []];
show(p);
e = zeros(1, 0);
e = [e, 7];
show(e);
h = 1:3;
h = [h, 1i];            % a complex part
show(h);
try
  bad = [1 2; 3 4];
  bad = [bad, [1 2 3]];
catch err
  disp('caught: dimensions not consistent');
end

function show(x)
  % class, size and values of x (text as is, numbers by mat2str)
  if ischar(x)
    v = ['"' x '"'];
  elseif ~isreal(x)
    v = [mat2str(real(x)) ' + i*' mat2str(imag(x))];
  else
    v = mat2str(x);
  end
  fprintf('%s %s %s\n', class(x), mat2str(size(x)), v);
end
