% RUN: %mcc %s -o %t
% RUN: env MCC_CHECK_LEAKS=1 %t 3.5 '[1 2; 3 4]' "text" | FileCheck %s
% RUN: env MCC_CHECK_LEAKS=1 %t -2 '[1 -2 3]' "'quoted'" 'int8(4)' | FileCheck %s --check-prefix=MORE
% RUN: env MCC_CHECK_LEAKS=1 %t '1+2i' true | FileCheck %s --check-prefix=TWO
% RUN: env MCC_CHECK_LEAKS=1 %t '[1:3]*2' "'it''s'" | FileCheck %s --check-prefix=EXPR
% RUN: %t --help | FileCheck %s --check-prefix=HELP
% RUN: not %t 1 2 3 4 5 2>&1 | FileCheck %s --check-prefix=TOOMANY
function [y, n] = entry_literals(a, b, c, d)
% ENTRY_LITERALS shows what the command line gave it.
%   [y, n] = entry_literals(a, b, c, d) prints the class and size of each input.

% Inputs are MATLAB literals; text that is none is a char row. Outputs are
% displayed as an unsuppressed call would.
show(a);
if nargin >= 2
  show(b);
end
if nargin >= 3
  show(c);
end
if nargin >= 4
  show(d);
end
y = a * 2;
n = nargin;
end

function show(v)
if isreal(v)
  fprintf('%s %s: %s\n', class(v), mat2str(size(v)), mat2str(v));
else
  fprintf('%s %s: %g%+gi\n', class(v), mat2str(size(v)), real(v), imag(v));
end
end
% HELP: {{^}} ENTRY_LITERALS shows what the command line gave it.
% HELP-NEXT: {{^}}   [y, n] = entry_literals(a, b, c, d) prints the class and size of each input.
% HELP-NOT: Inputs
% TOOMANY: Error: Too many input arguments.
% CHECK: double [1 1]: 3.5
% CHECK-NEXT: double [2 2]: [1 2;3 4]
% CHECK-NEXT: char [1 4]: 'text'
% CHECK-EMPTY:
% CHECK-NEXT: y =
% CHECK-EMPTY:
% CHECK-NEXT: {{^}}     7
% CHECK: n =
% CHECK-EMPTY:
% CHECK-NEXT: {{^}}     3
% MORE: double [1 1]: -2
% MORE-NEXT: double [1 3]: [1 -2 3]
% MORE-NEXT: char [1 6]: 'quoted'
% MORE-NEXT: int8 [1 1]: 4
% MORE: y =
% MORE-EMPTY:
% MORE-NEXT: {{^}}    -4
% MORE: n =
% MORE-EMPTY:
% MORE-NEXT: {{^}}     4
% TWO: double [1 1]: 1+2i
% TWO-NEXT: logical [1 1]: true
% TWO: y =
% EXPR: double [1 3]: [2 4 6]
% EXPR-NEXT: char [1 4]: 'it''s'
