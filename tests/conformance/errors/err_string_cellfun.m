% EXPECTED: hand-written (Octave 7 has no string class; MATLAB's cellfun rejects a string array)
s = ["a", "bb"];
disp('before');
n = cellfun(@numel, s);
disp(n);
