% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% idivide's default 'fix' rounds toward zero (idivide documentation: "fix:
% rounds toward zero"; Octave 7.3 rounds -3.5 to -4); a negative integer
% divided by zero saturates to intmin; bitcmp of a double assumes 'uint64'
% (bitcmp documentation); factorial keeps an integer class and saturates.
fprintf('fix:'); fprintf(' %d', idivide(int32([7 -7 8 -8 5]), int32(2))); fprintf('\n');
fprintf('fix explicit:'); fprintf(' %d', idivide(int32([-7 -1]), int32(2), 'fix')); fprintf('\n');
fprintf('by zero:'); fprintf(' %d', idivide(int8([-5 5]), int8(0))); fprintf('\n');
fprintf('bitcmp uint64 default: %d\n', bitcmp(0) == 2^64 - 1);
fprintf('bitcmp uint8: %d\n', bitcmp(5, 'uint8'));
f = factorial(int8([3 6]));
fprintf('factorial int8: %s %d %d\n', class(f), f);
