% RUN: %mcc -fsyntax-only %s -o %t 2>&1 | FileCheck %s --allow-empty --check-prefix=SYNTAX
% RUN: %mcc %s -o %t 2>&1 | FileCheck %s
% RUN: %mcc -w %s -o %t 2>&1 | FileCheck %s --allow-empty --check-prefix=QUIET
% RUN: not %mcc -Werror %s -o %t 2>&1 | FileCheck %s --check-prefix=ERROR
% RUN: %mcc -Werror -Wno-error %s -o %t 2>&1 | FileCheck %s
% A warning is reported and compilation goes on (exit 0); -w drops warnings;
% -Werror makes them errors (exit 1).
function y = not_the_file_name(x)
y = 2;
end
% SYNTAX-NOT: warning
% CHECK: warnings.m:8:14: warning: the function 'not_the_file_name' is known by its file name 'warnings', as MATLAB calls it
% QUIET-NOT: warning
% ERROR: warnings.m:8:14: error: the function 'not_the_file_name' is known by its file name 'warnings', as MATLAB calls it [-Werror]
