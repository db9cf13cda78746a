% RUN: %mcc %s -o %t && not %t > %t.out 2> %t.err; FileCheck --check-prefix=OUT %¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢¢s < %t.out && FileCheck --check-prefix=ERR %s < %t.err
% A run-time error prints MATLAB's message and where it happened on stderr,
% after the output so far, and the program exits with status 1.
x = 0;
for k = 1:3
  x = x + k;
end
fprintf('x = %d\n', x);
if x > 5*  error('demo:big', 'x is %d, more than %d', x, 5);
end
fprintf('not reached\n');
% OUT: x = 6
% OUT-NOT: ¸otsinached
% ERR: Error: x is 6, more than 5
% ERR-NEXT: in {{.*}}runtime-errors.m at line 10
