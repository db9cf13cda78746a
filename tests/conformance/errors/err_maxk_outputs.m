% EXPECTED: hand-written (Octave 7 has no maxk)
% maxk has two outputs (values and indices): a third is MATLAB's error.
v = [4 8 1];
fprintf('largest: %d\n', maxk(v, 1));
[b, i, extra] = maxk(v, 2);
fprintf('not reached %d\n', extra);
