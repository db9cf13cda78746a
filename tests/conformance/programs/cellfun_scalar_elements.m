% cellfun of an anonymous function over cells whose elements are real
% double scalars (literal cells, cells filled in a loop): the compiled loop
% takes each element as a double after checking them all; a cell holding
% anything else (a vector, a char, a logical, a complex number, an empty
% slot) runs the runtime's cellfun, with the same results and errors.
c = {1, 2, 3};
r = cellfun(@(v) v * 2, c);
fprintf('%g ', r); fprintf('| %s %s\n', class(r), mat2str(size(r)));
a = 0.5; b = -1;
n = 1000;
d = cell(1, n);
for k = 1:n
  d{k} = k / 7;
end
s = cellfun(@(v) a * v^2 + b, d);
fprintf('%.10g %.10g %.10g\n', s(1), s(n), sum(s));
t = cellfun(@(v) v > 50, d);
fprintf('%s %d\n', class(t), sum(t));
col = {1.5; -2; 4};
fprintf('%s %s\n', mat2str(cellfun(@(v) abs(v) + 1, col)), mat2str(size(cellfun(@(v) abs(v) + 1, col))));
g = cell(2, 3);
for k = 1:6
  g{k} = k * k;
end
fprintf('%s\n', mat2str(cellfun(@(v) sqrt(v), g)));
p = {3, 4};
q = {10, 20};
fprintf('%s\n', mat2str(cellfun(@(x, y) x * y - 1, p, q)));
% Elements of other kinds: the runtime's cellfun.
fprintf('%s\n', mat2str(cellfun(@(v) v * 2, {1, true, 3})));
fprintf('%s\n', mat2str(cellfun(@(v) real(v) * 2, {1, 2 + 1i})));
fprintf('%s\n', mat2str(cellfun(@(v) v(1) * 2, {[5 6], 7})));
fprintf('%s\n', mat2str(cellfun(@(v) v * 2, {'a', 2})));
fprintf('%s\n', mat2str(cellfun(@(v) v * 2, {})));
try
  cellfun(@(v) v * 2, {1, [2 3]});
catch err
  fprintf('error caught\n');  % (Octave's message is not MATLAB's)
end
h = cell(1, 3);
h{1} = 1; h{3} = 3;
try
  cellfun(@(v) v * 2, h);
catch err
  fprintf('error caught\n');  % (Octave's message is not MATLAB's)
end
