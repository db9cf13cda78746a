% Arrays of value-class objects.
% EXPECTED: hand-written from MATLAB's documentation (Initialize Object
% Arrays: "MATLAB calls the constructor with no arguments to initialize
% elements" an assignment past the end leaves, once, and copies that
% object; Create and Initialize Object Arrays; Accessing Properties and
% Methods in Object Arrays: [objArray.prop1]). Octave 7.3 cannot
% concatenate objects ([a, b]) or index them inside arrayfun.
% Made by assignment past the end and by concatenation; their size, class,
% properties as comma-separated lists ([p.x]), elements' properties assigned
% (p(2).x = v), methods of elements, loops over elements and columns,
% arrayfun, value semantics of copies, deletion and slices.
p(4) = Sample(3, 4);
fprintf('size %d %d, numel %d, class %s, isa %d\n', size(p), numel(p), class(p), isa(p, 'Sample'));
fprintf('x: %s\n', mat2str([p.x]));
p(2).x = 7;
p(3) = Sample(1, 1);
fprintf('x: %s y: %s\n', mat2str([p.x]), mat2str([p.y]));
fprintf('dist of p(4): %g\n', p(4).dist());
fprintf('dist of p(2): %g\n', dist(p(2)));
q = [Sample(6, 8), Sample(5, 12)];
fprintf('q: %d %d, x %s\n', size(q), mat2str([q.x]));
for k = 1:numel(q)
  fprintf('q(%d): %g\n', k, q(k).dist());
end
for o = q
  fprintf('column: %g %g\n', o.x, o.y);
end
d = arrayfun(@(o) o.dist(), q);
fprintf('arrayfun: %s\n', mat2str(d));
c = arrayfun(@(o) shifted(o, 10), q, 'UniformOutput', false);
fprintf('shifted: %g %g, q unchanged: %g\n', c{1}.x, c{2}.x, q(1).x);
w = q;
w(1).x = 100;
fprintf('copy: %g, original: %g\n', w(1).x, q(1).x);
p(1) = [];
fprintf('after deletion: %s\n', mat2str([p.x]));
s = p(2:3);
fprintf('slice: %s %d %s\n', class(s), numel(s), mat2str([s.y]));
r(2, 2) = Sample(9, 9);
fprintf('r: %d %d, x %s\n', size(r), mat2str([r.x]));
t = [q, p];
fprintf('concatenated: %d, x %s\n', numel(t), mat2str([t.x]));
t(end + 1).y = -1;
fprintf('grown: %d, last %g %g\n', numel(t), t(end).x, t(end).y);
