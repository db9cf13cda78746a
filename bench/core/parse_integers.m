n = 100000;
% Julia's micro-benchmark: print integers as hexadecimal text and parse
% them back (sprintf and sscanf), checking each round trip.
seed = 42;
total = 0;
for i = 1:n
  seed = mod(seed * 16807, 2147483647);
  s = sprintf('%x', seed);
  m = sscanf(s, '%x');
  if m ~= seed
    error('parse_integers: %s is not %d', s, seed);
  end
  total = total + numel(s);
end
fprintf('parse_integers: %d hex digits\n', total);
