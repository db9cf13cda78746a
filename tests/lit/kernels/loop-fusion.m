% RUN: %mcc --emit=kernels %s | FileCheck %s
% For loops of element-wise updates over arrays of one shape become one
% kernel each, the loop inside (FormLoopKernels): the loop variable, scalars
% and arrays from before the loop are its inputs, the carried arrays its
% registers, what the code after the loop reads its outputs.
C = 1000; n = 50;
ch = (1:C)';
x = ch / C;
% An exponential moving average per channel.
y = zeros(C, 1);
for k = 1:n
  y = 0.9*y + 0.1*(x + cos(0.1*k + ch));
end
% CHECK: kernel k0 in loop-fusion: ({{.*}}) -> (%{{[0-9]+}} array double) over double 1000x1
% CHECK: loop t = n{{[0-9]+}}:n{{[0-9]+}}, n{{[0-9]+}} steps
% CHECK: end loop: c0 = n{{[0-9]+}}
% Two carried arrays, one taking the other's last value; the loop variable
% is read after the loop (the loop stays, only counting).
y1 = zeros(C, 1); y2 = y1;
for k = 1:n
  y0 = 0.5*mod(7*ch + 13*k, 17) + 1.2*y1 - 0.5*y2;
  y2 = y1;
  y1 = y0;
end
fprintf('%g %g %g %g\n', y(1), y1(2), y2(3), k);
% CHECK: kernel k1 in loop-fusion: ({{.*}}) -> (%{{[0-9]+}} array double, %{{[0-9]+}} array double) over double 1000x1
% CHECK: end loop: c0 = n{{[0-9]+}} c1 = n{{[0-9]+}}
% Not fused: indexing, printing, break, arrays of two shapes (an array of
% a shape inference does not know is fused under a guard: loop-guarded.m).
v = zeros(C, 1);
for k = 1:5
  v(k) = k;
  v = v * 1.5;
end
w = ones(3, 1);
for k = 1:3
  w = w + k;
  fprintf('%g\n', w(1));
end
for k = 1:10
  w = w * 2;
  if k == 4, break; end
end
r = ones(4, 1); c = ones(1, 4);
for k = 1:2
  r = r + c';
  c = c * 3;
end
fprintf('%g %g %g %g\n', v(1), w(1), r(1), c(1));
% CHECK-NOT: loop t
