% RUN: %mcc %s -o %t
% RUN: %t 0 | FileCheck %s
% RUN: %python %S/../driver/Inputs/expect-status.py 3 %t 3
% exit(n) in a main function sets the program's exit status.
function entry_exit(code)
fprintf('exiting with %d\n', code);
exit(code);
end
% CHECK: exiting with 0
