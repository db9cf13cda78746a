% A quote right after an anonymous function's parameter list opens a char
% vector (the body is text), while a quote after any other ')' is a
% transpose, also inside a body. Expected output from Octave 7.
f = @(v) 'a' + v;
fprintf('%d\n', f(1))
g = @() 'hello';
disp(g())
h = @(s) 'it''s';
disp(h(0))
t = @(x) (x)';
fprintf('%d %d\n', size(t([1 2 3])))
c = {@(n) 'x', @(m) m'};
disp(c{1}(0))
fprintf('%d %d\n', size(c{2}([4 5])))
