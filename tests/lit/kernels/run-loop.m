% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused && %mcc -O0 %s -o %t.O0
% RUN: env MCC_CHECK_LEAKS=1 %t > %t.out && %t.unfused > %t.unfused.out && %t.O0 > %t.O0.out
% RUN: diff %t.out %t.unfused.out && diff %t.out %t.O0.out
% RUN: FileCheck %s < %t.out
% A loop fused over time computes each element's steps in the unfused
% loop's order: the same values to the last bit, fused or not, at -O2 or
% -O0 (arithmetic, mod, floor and sqrt are exact in both). Steps of a
% range with a fractional or negative step are counted as the unfused loop
% counts them; a loop of no steps leaves its arrays as they were.
n = 3001;
x = (-1500:1500) / 750;
y = x;
z = 0 * x;
for t = 0:0.1:1
  y = y .* (1 + t/7) - sqrt(abs(y)) / 3 + mod(1000*y, 3) / 11;
  z = z + (y > 0) - floor(t * y);
end
fprintf('%.17g %.17g %.17g %.17g\n', y(1), y(1500), z(n), sum(y));
for t = 5:-2:-4
  y = 0.5*y + t;
end
fprintf('%.17g %.17g\n', y(7), y(n));
steps = numel(x) - n;
for t = 1:steps
  y = y * 2;
  z = y - t;
end
fprintf('%.17g %.17g %d\n', y(7), z(n), steps);
% CHECK: -14.395586134606493 0.30380240615937237 11 -12435.485518446136
% CHECK-NEXT: -3.0423744512048674 -2.5442141037941486
% CHECK-NEXT: -3.0423744512048674 11 0
