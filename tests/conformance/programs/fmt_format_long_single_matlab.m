% EXPECTED: hand-written (MATLAB's format documentation: format long is "Long, fixed-decimal format with 15 digits after the decimal point for double values, and 7 digits after the decimal point for single values"; the field keeps format long's three leading blanks; a single carries its class header; Octave 7 shows singles with more digits)
% format long of single scalars and rows (disp and display), beside a double; format short restores 4 decimals.
format long
disp(single(pi))
disp(single([1.5 0.25]))
disp(pi)
x = single(2/3)
format short
disp(single(pi))
