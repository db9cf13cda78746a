% RUN: %mcc %s -o %t 2>&1 | FileCheck %s
% RUN: %t | FileCheck %s --check-prefix=OUT
% RUN: not %mcc -Werror %s -o %t 2>&1 | FileCheck %s --check-prefix=ERROR
% Graphics calls compile and draw nothing: one warning per call site, at the
% call's line and column; saveas, print and exportgraphics say no file is
% written. A program's own function named like one (a local 'title') is
% no graphics call and gets no warning.
x = 1:3;
h = figure;
plot(x, x.^2); hold on
saveas(h, 'out.png');
for k = 1:2
  drawnow
end
fprintf('%s %d\n', title(x), h);
% CHECK: graphics-warnings.m:9:5: warning: 'figure' draws nothing: compiled programs have no graphics
% CHECK: graphics-warnings.m:10:1: warning: 'plot' draws nothing: compiled programs have no graphics
% CHECK: graphics-warnings.m:10:16: warning: 'hold' draws nothing: compiled programs have no graphics
% CHECK: graphics-warnings.m:11:1: warning: 'saveas' writes no file: compiled programs have no graphics
% CHECK: graphics-warnings.m:13:3: warning: 'drawnow' draws nothing: compiled programs have no graphics
% CHECK-NOT: warning
% OUT: local 1 1
% ERROR: error: 'figure' draws nothing: compiled programs have no graphics [-Werror]

function t = title(x)
  t = sprintf('local %d', numel(x) - 2);
end
