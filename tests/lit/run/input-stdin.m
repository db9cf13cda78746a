% RUN: %mcc %s -o %t
% RUN: printf '42\n[1 2; 3 4]\nhello world\n\n-1.5e2\n' | env MCC_CHECK_LEAKS=1 %t | FileCheck %s
% RUN: env MCC_CHECK_LEAKS=1 %t < /dev/null | FileCheck %s --check-prefix=EOF
% input() reads a line of standard input: a number or matrix literal, or
% text with 's'; an empty line (or the end of input) is [].
x = input('number? ');
fprintf('got %g (%s)\n', x, class(x));
% CHECK: number? got 42 (double)
% EOF: number? got  (double)
m = input('');
fprintf('%d %d: %g\n', size(m), sum(m(:)));
% CHECK: 2 2: 10
% EOF: 0 0: 0
s = input('name: ', 's');
fprintf('[%s] %s\n', s, class(s));
% CHECK: name: [hello world] char
% EOF: name: [] char
e = input('');
fprintf('%d\n', isempty(e));
% CHECK: 1
v = input('');
fprintf('%g\n', v);
% CHECK: -150
