% RUN: %mcc --emit=scalarized %s | FileCheck %s
% Small arrays of constant shape live as their elements
% (ScalarizeSmallArrays): the rows of a 5x3 matrix read with x(i,:) and
% written with v(i,:) = ... in a loop over i and j = i+1:5 become phis of
% doubles, binary operators on them and selects on i == k; nothing in the
% loop reads or assigns an array. After the loop, fprintf takes the
% matrix rebuilt from its elements. An index that may pass the end
% (k = 1:4 into a 1x3) keeps the general path, with MATLAB's error.
x = [0 0 0; 4.84 -1.16 -0.10; 8.34 4.12 -0.4; 12.89 -15.11 -0.22; 15.37 -25.9 0.17];
v = zeros(5, 3);
for i = 1:5
  for j = i+1:5
    d = x(i,:) - x(j,:);
    v(i,:) = v(i,:) - d / sqrt(sum(d.^2));
  end
end
fprintf('%g\n', v);
r = [1 2 3];
for k = 1:4
  fprintf('%g\n', r(k));
end

% CHECK-LABEL: function scalarize-small-arrays() -> ()
% The i loop and the j loop carry v as 15 doubles each.
% CHECK: phi #for0
% CHECK-COUNT-15: phi v [{{.*}}] : double scalar
% CHECK: phi #for1
% CHECK-COUNT-15: phi v [{{.*}}] : double scalar
% The j loop's body: x(i,:) is a select chain over i == 1..5 per column.
% CHECK: forvalue
% CHECK-NOT: subsref
% CHECK-NOT: subsasgn
% CHECK: [[EQ:%[0-9]+]] = binary eq [[I:%[0-9]+]], {{%[0-9]+}} : logical scalar
% CHECK-NOT: subsref
% CHECK-NOT: subsasgn
% CHECK: select [[EQ]], {{%[0-9]+}}, {{%[0-9]+}} : double scalar
% CHECK-NOT: subsref
% CHECK-NOT: subsasgn
% CHECK: call builtin sqrt nargout=1 {{%[0-9]+}} : double scalar
% CHECK-NOT: subsref
% CHECK-NOT: subsasgn
% After the loops, fprintf takes v rebuilt from the outer loop's phis.
% CHECK: matrix rows=[3,3,3,3,3] {{.*}} : double 5x3
% CHECK-NEXT: call builtin fprintf
% r(k) may pass the end of r: r is built once, before the loop, and indexed.
% CHECK: [[R:%[0-9]+]] = matrix rows=[3] {{.*}} : double 1x3
% CHECK: subsref [[R]], {{%[0-9]+}} : double scalar
