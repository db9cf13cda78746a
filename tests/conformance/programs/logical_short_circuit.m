% && and || evaluate left to right and stop early; side effects show it.
if probe('A', true) || probe('B', true)
  disp('or: true');
end
if probe('C', false) || probe('D', true)
  disp('or: true after both');
end
if probe('E', false) && probe('F', true)
  disp('not printed');
else
  disp('and: false after one');
end
if probe('G', true) && probe('H', false)
  disp('not printed');
else
  disp('and: false after both');
end
% guards that would fail without short-circuiting
x = [];
if ~isempty(x) && x(1) > 0
  disp('not printed');
else
  disp('guarded empty index');
end
k = 0;
if k ~= 0 && 10 / k > 1
  disp('not printed');
else
  disp('guarded division');
end
r = probe('I', false) || probe('J', false) || probe('K', true);
fprintf('chain result %d\n', r);
r = (probe('L', true) || probe('M', true)) && probe('N', true);
fprintf('grouped result %d\n', r);
% in while conditions
n = 0;
while n < 3 && probe('W', true)
  n = n + 1;
end
fprintf('n = %d\n', n);

function r = probe(name, value)
  fprintf('probe %s\n', name);
  r = value;
end
