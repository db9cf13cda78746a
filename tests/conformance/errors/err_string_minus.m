% EXPECTED: hand-written (Octave 7 has no string class; MATLAB's message for an operator strings do not define)
s = "abc";
disp('before');
t = s - 1;
disp(t);
