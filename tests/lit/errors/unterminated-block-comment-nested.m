% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Block comments nest: the inner '#}' closes only the inner '#{', so the
% outer comment (Octave's '#' form) is still open at the end of the file.
x = 1;
  #{
  outer
    #{
    inner
    #}
  still in the outer comment
y = 2;

% CHECK-NOT: error:
% CHECK: {{.*}}unterminated-block-comment-nested.m:5:3: error: unterminated block comment; '#{' needs a matching '#}' on a line of its own
% CHECK-NEXT: {{^}}  #{
% CHECK-NEXT: {{^}}  ^~
% CHECK-NOT: error:
