% A method's value, called through the run-time dispatchers (obj.f() and f(obj) where inference does not know obj's class), shown as ans when the statement has no semicolon.
% EXPECTED: hand-written from MATLAB's documented display (format short, loose: a blank line, "ans =", a blank
% line, the value, a blank line; a char row in quotes). Octave prints "ans = 7".
c = {Vec(3, -4), [3 -4], Vec(6, 8)};
c{1}.norm()
norm(c{3})
c{3}.describe()
describe(c{2})
s.v = Vec(1, 2);
s.v.norm
