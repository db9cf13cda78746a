% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% %s given a number: a whole number is a character code ('%s' of [72 105] is
% 'Hi', each element one value, so '[%s]' recycles: '[H][i]'); any other number does not fit a text conversion, so MATLAB "overrides
% the specified conversion, and uses %e" (fprintf/sprintf documentation).
% Octave 7 prints nothing or a control character for such values.
fprintf('[%s]\n', 65);
fprintf('[%s]\n', [72 105]);
fprintf('[%s]\n', 1.5);
fprintf('[%s]\n', pi);
fprintf('[%s]\n', -0.25);
fprintf('[%s|%s]\n', 'ab', 2.5);
s = sprintf('%s', 1e-3);
fprintf('%s (numel %d)\n', s, numel(s));
