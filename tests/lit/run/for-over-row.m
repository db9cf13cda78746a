% RUN: %mcc %s -o %t && %t | FileCheck %s
% for over a literal row of scalars walks its elements in order (expected
% output from GNU Octave 7.3).
for start = [7 27 97]
  fprintf('collatz(%d) = %d\n', start, collatz(start));
end
for v = [0.5, -1, 2]
  fprintf('%g ', v * 2);
end
fprintf('\n');
function steps = collatz(x)
  steps = 0;
  while x ~= 1
    if mod(x, 2) == 0
      x = x / 2;
    else
      x = 3 * x + 1;
    end
    steps = steps + 1;
  end
end
% CHECK: collatz(7) = 16
% CHECK-NEXT: collatz(27) = 111
% CHECK-NEXT: collatz(97) = 118
% CHECK-NEXT: 1 -2 4
