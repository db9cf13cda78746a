% EXPECTED: hand-written
% num2str, int2str and mat2str of int64 and uint64 values print them exactly, beyond the 53 bits of a double
% (num2str documentation: integers are printed with %d, and MATLAB's %d prints 64-bit integers
% exactly); integer matrices take columns as wide as the most digits plus two, trimmed.
% Octave 7 prints uint64's largest value as 1.844674407370955e+19.
fprintf('[%s]\n', num2str(intmax('uint64')));
fprintf('[%s]\n', num2str(intmin('int64')));
fprintf('[%s]\n', num2str(int64(2)^60 + 1));
r = num2str(int64([1 2; 300 4]));
fprintf('[%s]\n', r(1, :), r(2, :));
fprintf('[%s]\n', num2str(uint64([5 10])));
fprintf('%s\n', mat2str(intmax('uint64')));
fprintf('%s\n', mat2str(int64([5 -6; 7 8]) * int64(2)^55));
fprintf('%s\n', int2str(intmax('int64')));
