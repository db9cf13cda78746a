function func_file_main
% A function file as the program: main function first, subfunctions after,
% every function closed by `end`.
fprintf('main called with nargin = %d\n', nargin);
t = build_table(4);
fprintf('table is %dx%d\n', size(t));
for r = 1:size(t, 1)
  print_row(t(r, :));
end
fprintf('trace of table: %d\n', trace(t));
total = accumulate(t);
fprintf('accumulated: %d\n', total);
end

function t = build_table(n)
t = zeros(n);
for i = 1:n
  for j = 1:n
    t(i, j) = i * j;
  end
end
end

function print_row(r)
fprintf('%4d', r);
fprintf('\n');
end

function s = accumulate(t)
s = 0;
for v = t(:)'
  s = s + helper(v);
end
end

function y = helper(x)
y = x + 1;
end
