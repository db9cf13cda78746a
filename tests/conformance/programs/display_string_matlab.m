% EXPECTED: hand-written (Octave 7 has no string class; the layout of MATLAB's documented string display)
% Unsuppressed string scalars and arrays, <missing>, empty string arrays,
% and disp of them.
s = "abc"
a = ["a" "bc" "def"]
m = ["a" "bcd"; "efgh" "i"]
e = strings(0, 3)
g = "x";
g(3) = "z"
disp(s)
disp(a)
