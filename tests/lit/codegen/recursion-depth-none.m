% RUN: %mcc --emit=llvm -O0 %s | FileCheck %s
% A program without recursion pays nothing for MATLAB's recursion limit:
% no call counts the depth (RecursiveCalls.h), though it calls local
% functions, one of them twice in a chain, makes handles and calls them,
% directly and through arrayfun and cellfun.
a = twice(3);
h = @twice;
b = h(4);
c = arrayfun(@(x) twice(x) + 1, 1:3);
d = cellfun(@numel, {1, [1 2]});
fprintf('%d %d %d %d\n', a, b, sum(c), sum(d));

function y = twice(x)
  y = once(x) + once(x);
end

function y = once(x)
  y = x;
end
% CHECK-NOT: mcc_recursion_depth
% CHECK: define {{.*}} @main(
% CHECK-NOT: mcc_recursion_depth
