% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A file that starts with 'function' is a function file: only functions may
% follow. Each stray statement is reported, and the functions after it are
% still read.
function main()
  helper(1);
end
x = 2;
function helper(v)
  disp(v);
end
disp(3)

% CHECK-NOT: error:
% CHECK: {{.*}}statement-after-functions.m:8:1: error: statements cannot follow the functions of a function file
% CHECK-NEXT: {{^}}x = 2;
% CHECK-NEXT: {{^}}^
% CHECK-NOT: error:
% CHECK: {{.*}}statement-after-functions.m:12:1: error: statements cannot follow the functions of a function file
% CHECK-NOT: error:
