% EXPECTED: hand-written (Octave 7 displays cells and structs in its own layout; this is MATLAB's, R2019b and later)
% The display of cells and structs without a semicolon, and disp of them,
% in MATLAB's layout: "1×2 cell array" with one summary per element ({[1]},
% {'abc'}, {2×2 double}), elements of a column padded to one width inside
% their braces (numbers to the right); "struct with fields:" with the names
% right-aligned and each value summarised. Sources: MATLAB's documentation
% pages "Access Data in Cell Array", "celldisp" and "struct" (examples).
c = {1, 'abc'}
m = {'one', 'two', 'three'; 1, 2, 3}
e = {}
s.a = 1;
s.name = 'text';
s
t = struct('a', {1, 2})
z = struct()
x.v = [1 2; 3 4];
x.q = {};
x.r = [];
x.s = s;
x
disp(c)
disp(s)
