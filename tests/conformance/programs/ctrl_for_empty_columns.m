% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% for iterates over the columns of its array, one iteration per column, even
% when the columns are empty: zeros(0,3) gives 3 iterations with a 0x1 loop
% value, while [] (0x0) and zeros(2,0) give none. Octave 7 runs no iteration
% for any empty array.
n = 0;
for c = zeros(0, 3)
  n = n + 1;
  fprintf('iteration %d: value is %dx%d, isempty %d\n', n, size(c), isempty(c));
end
fprintf('zeros(0,3): %d iterations\n', n);
n = 0;
for c = zeros(2, 0)
  n = n + 1;
end
fprintf('zeros(2,0): %d iterations\n', n);
n = 0;
for c = []
  n = n + 1;
end
fprintf('[]: %d iterations\n', n);
