% switch on numbers: single values, cell cases, otherwise, fall-through absent.
for v = [1 2 3 4 7 -1 2.5]
  switch v
    case 1
      name = 'one';
    case {2, 3}
      name = 'two or three';
    case {4, 5, 6}
      name = 'four to six';
    case -1
      name = 'minus one';
    otherwise
      name = 'other';
  end
  fprintf('%g: %s\n', v, name);
end
% the first matching case wins
switch 2
  case {1, 2}
    disp('first match');
  case 2
    disp('second match (not printed)');
end
% no case matches and no otherwise: nothing happens
switch 99
  case 1
    disp('not printed');
end
disp('after unmatched switch');
% switch on an expression
x = 17;
switch mod(x, 3)
  case 0
    disp('divisible by 3');
  case 1
    disp('remainder 1');
  case 2
    disp('remainder 2');
end
% logical switch value compares numerically
switch x > 10
  case 1
    disp('x > 10');
  otherwise
    disp('x <= 10');
end
% empty otherwise body
switch 5
  case 4
    disp('not printed');
  otherwise
end
disp('done');
