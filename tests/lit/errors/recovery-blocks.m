% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Errors inside blocks and functions: each is reported and the enclosing
% blocks still close at their own 'end', so no 'missing end' follows.
function r = f(x)
  r = x +;
  if x > 0
    r = 2 $ 3;
  elseif
    r = 3;
  end
  for k = 1:
    r = r + k;
  end
  while r > 1
    r = r / ;
  end
end

function g()
  3 = 4;
end

% CHECK-NOT: error:
% CHECK: {{.*}}recovery-blocks.m:5:10: error: expected an expression, found ';'
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-blocks.m:7:11: error: invalid character '$' in program text
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-blocks.m:8:9: error: expected an expression, found end of line
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-blocks.m:11:13: error: expected an expression, found end of line
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-blocks.m:15:13: error: expected an expression, found ';'
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-blocks.m:20:3: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CHECK-NOT: error:
