% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% format shortG and format longG: integers below 1e9 keep the integer layout; other
% doubles print with 5 (longG: 15) significant digits, fixed or e-notation, whichever
% is shorter, right-aligned in 13 (longG: 26) columns. The expected text is that of
% Nelson's MATLAB-compatibility tests (evalc references in
% modules/display_format/tests/test_display_matrix_double_shortG.m and _longG.m);
% format documentation: "Short, fixed-decimal format or scientific notation,
% whichever is more compact, with a total of 5 digits".
format short g
A = pi
A = 1e3
A = 1e9
A = [0 eps]
A = [0.3729 6.5574e-04 0.1393]
A = [0.2220, 1, 2; 0, 0.2220, 4; 5, 6, 0.2220]
A = eye(2)
A = -Inf
format long g
A = pi
A = 1e9
A = 1e15
A = 1e-5
A = [1e9 1e99]
format
A = pi
format shortG
fmt = format;
fprintf('%s\n', fmt.NumericFormat);
format longG
fmt = format;
fprintf('%s\n', fmt.NumericFormat);
