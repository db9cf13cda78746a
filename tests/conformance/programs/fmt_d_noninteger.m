% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% An integer conversion (%d, %i) given a value that is not a whole number:
% MATLAB "overrides the specified conversion, and uses %e" (fprintf/sprintf
% documentation), keeping the precision given; whole numbers still print as
% integers. Octave 7 prints such values in a shortest %f/%g style instead.
fprintf('[%d]\n', 1.5);
fprintf('[%d]\n', pi);
fprintf('[%d]\n', -2.5);
fprintf('[%i]\n', 0.1);
fprintf('[%d]\n', 1/3);
fprintf('[%d]\n', 1.05 * 100);
fprintf('[%d]\n', 1.10 * 100);
fprintf('[%.0d]\n', 1.10 * 100);
fprintf('%d ', [1 2.5 3]);
fprintf('\n');
fprintf('value %d items\n', 2.25);
s = sprintf('%d', 0.5);
fprintf('%s (numel %d)\n', s, numel(s));
fprintf('[%d] [%d]\n', 7, 7.25);
