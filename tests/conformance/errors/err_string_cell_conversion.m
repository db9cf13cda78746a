% EXPECTED: hand-written (Octave 7 has no string class; MATLAB's message for string of a cell holding a numeric row)
c = {'a', [1 2]};
disp('before');
s = string(c);
disp(s);
