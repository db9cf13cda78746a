% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A block comment opened by '%{' alone on its line runs to the end of the
% file when no '%}' closes it. A '%}' followed by other text does not close
% it, and neither does a '%{' that is not alone on its line open one.
x = 1; %{ this is only a line comment
y = 2;
%{
this comment never ends
%} because this marker is not alone on its line
z = 3;

% CHECK-NOT: error:
% CHECK: {{.*}}unterminated-block-comment.m:7:1: error: unterminated block comment; '%{' needs a matching '%}' on a line of its own
% CHECK-NEXT: {{^}}%{
% CHECK-NEXT: {{^}}^~
% CHECK-NOT: error:
