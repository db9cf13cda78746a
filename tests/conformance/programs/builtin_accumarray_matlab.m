% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% accumarray with @max or @min fills the places no subscript names with
% fillval, 0 by default (accumarray documentation: "fillval - Fill value,
% 0 (default)"), also when the values are negative.
subs = [1; 2; 1; 4; 2; 1];
val = [10; 20; 30; 40; 5; -7];
fprintf('%g ', accumarray(subs, val, [], @max)); fprintf('\n');
fprintf('%g ', accumarray(subs, val, [], @min)); fprintf('\n');
fprintf('%g ', accumarray(subs, -val, [], @max)); fprintf('\n');
