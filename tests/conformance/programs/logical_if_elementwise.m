% Inside if and while conditions, & and | short-circuit like && and ||
% (MATLAB documents this); and if/while on arrays mean "all nonzero".
a = [];
if numel(a) > 0 & a(1) > 0
  disp('not printed');
else
  disp('& short-circuited in if');
end
if true | undefined_on_purpose()
  disp('| short-circuited in if');
end
if [1 2 3]
  disp('all nonzero: true');
end
if [1 0 3]
  disp('not printed');
else
  disp('one zero: false');
end
if []
  disp('not printed');
else
  disp('empty: false');
end
if 'a'
  disp('char: true');
end
if -0.5
  disp('negative: true');
end
if [1 1] == [1 1]
  disp('equal vectors: true');
end
if [1 2] == [1 3]
  disp('not printed');
else
  disp('unequal vectors: false');
end
k = 0;
while [1 1 k < 2]
  k = k + 1;
end
fprintf('k = %d\n', k);
