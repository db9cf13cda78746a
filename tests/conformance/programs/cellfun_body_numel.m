% numel and isempty of values whose class inference does not know (a
% cell's elements, as cellfun's body sees them): arrays measure by their
% dims, structs and containers.Map objects by their own
% rules. Expected output from Octave 7.
m0 = containers.Map();
m2 = containers.Map({'a', 'b'}, {1, 2});
c = {[], 'abc', zeros(2, 3), {1, 2, 3}, int8([1 2]), true, ...
     struct('a', {1, 2, 3}), struct(), m0, m2, single(1:4)};
for k = 1:numel(c)
  v = c{k};
  fprintf('%d: numel %d isempty %d\n', k, numel(v), isempty(v));
end
fprintf('%s\n', mat2str(cellfun(@(v) isempty(v), c)));
fprintf('%s\n', mat2str(cellfun(@(v) numel(v) + 1, c(1:8))));
