% EXPECTED: hand-written (Octave 7 has no string class; MATLAB's message for string arrays of incompatible sizes)
a = ["a" "b" "c"];
b = ["x" "y"];
disp('before');
c = a + b;
disp(c);
