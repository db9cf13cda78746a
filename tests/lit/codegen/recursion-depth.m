% RUN: %mcc --emit=llvm -O0 %s | FileCheck %s
% A call inside a recursive cycle of the call graph (here fact calling
% itself) counts MATLAB's recursion depth in the runtime's
% mcc_recursion_depth: incremented before the call, MATLAB's error past
% 500 (at the call's site), restored after it. The script's call of
% fact, outside the cycle, counts nothing (checked by the CHECK-NOT
% before fact's definition).
fprintf('%d\n', fact(5));

function r = fact(n)
  if n <= 1
    r = 1;
  else
    r = n * fact(n - 1);
  end
end
% CHECK: define {{.*}} @mcc_fn0(
% CHECK-NOT: mcc_recursion_depth
% CHECK: define {{.*}} @mcc_fn1(
% CHECK: [[D:%.*]] = load i32, ptr @mcc_recursion_depth
% CHECK: [[D1:%.*]] = add i32 [[D]], 1
% CHECK: store i32 [[D1]], ptr @mcc_recursion_depth
% CHECK: icmp ugt i32 [[D1]], 500
% CHECK: call void @mcc_error_recursion_limit(ptr
% CHECK: call {{.*}} @mcc_fn1
% CHECK: store i32 [[D]], ptr @mcc_recursion_depth
