% A program for the debugger test (check_gdb.py): line numbers matter.
total = 0;
for k = 1:3
  total = accumulate(total, k);
end
fprintf('total = %g\n', total);

function t = accumulate(t, k)
  scaled = k * 10;
  t = t + scaled;
end
