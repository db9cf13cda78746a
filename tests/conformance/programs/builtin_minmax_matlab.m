% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% max and min of two arrays with a nanflag (max documentation: 'omitnan',
% the default, ignores NaN; 'includenan' gives NaN where either input is
% NaN). Octave 7 has no nanflag for two inputs.
a = [1 NaN 3 NaN];
b = [2 2 NaN NaN];
fprintf('max default: %g %g %g %g\n', max(a, b));
fprintf('max omitnan: %g %g %g %g\n', max(a, b, 'omitnan'));
fprintf('max includenan: %g %g %g %g\n', max(a, b, 'includenan'));
fprintf('min includenan: %g %g %g %g\n', min(a, b, 'includenan'));
fprintf('expanded: %g %g\n', max([1; NaN], 0, 'includenan'));
fprintf('integers: %d %d\n', max(int8([1 5]), int8(3), 'includenan'));
