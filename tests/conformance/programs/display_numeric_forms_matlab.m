% EXPECTED: hand-written (MATLAB's Command Window display, format short and loose, as runtime-support/src/format/DISPLAY.md lays out from the format, magic, linspace, true, char and Empty Arrays documentation pages; Octave 7 displays every value in its own layout)
% Unsuppressed values: an integer and a non-integer scalar, an integer matrix, NaN and -Inf among non-integers, a common scale factor, a row split into column blocks, logical, a char matrix, a 0x3 empty, complex, and ans.
x = 5
y = -0.5
A = [1 2; 3 4]
B = [1.5 NaN; -Inf 2]
C = [1000.5 2]
v = 1:20
L = [true false]
c = ['ab'; 'cd']
e = zeros(0, 3)
z = [1+2i 3-4i]
3 + 4
