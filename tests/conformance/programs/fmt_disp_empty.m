% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% disp of an empty array prints nothing, not even a newline (MATLAB's disp
% documentation: "If a variable contains an empty array, disp returns without
% displaying anything"). Octave 7 prints an empty line for disp('').
disp('before');
disp('');
t = 'abc';
disp(t([]));
disp(t(1:0));
disp(char(zeros(1, 0)));
disp('after');
