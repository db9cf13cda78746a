% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% Integer conversions of whole numbers too large for them: %d and %i of a value beyond
% int64 (a double or a uint64), and %u/%x beyond uint64, print with %e, keeping flags,
% width and precision (fprintf/sprintf documentation; Stack Overflow 22494124:
% sprintf('%d', uint64(2^63)) is 9.223372e+18, sprintf('%u', uint64(2^63)) prints exactly).
% Whole numbers that fit still print as integers. Octave 7 prints 1e+20 for %d of 1e20.
fprintf('[%d]\n', 1e20);
fprintf('[%d]\n', -1e20);
fprintf('[%i]\n', 2^63);
fprintf('[%d]\n', 2^62);
fprintf('[%d]\n', 2^53);
fprintf('[%d]\n', uint64(2^63));
fprintf('[%u]\n', uint64(2^63));
fprintf('[%d]\n', intmax('int64'));
fprintf('[%u]\n', 1e19);
fprintf('[%u]\n', 1e20);
fprintf('[%x]\n', 1e20);
fprintf('[%15d]\n', 1e20);
fprintf('[%-14d]\n', 1e20);
fprintf('[%.2d]\n', 1e20);
fprintf('%d ', [1 1e20 3]); fprintf('\n');
s = sprintf('%d', 1e300);
fprintf('%s (numel %d)\n', s, numel(s));
fprintf('[%d]\n', 1e15);
