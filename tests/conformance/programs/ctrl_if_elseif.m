% if / elseif / else chains, nesting, and conditions with function calls.
for x = [-5 0 3 12 100]
  if x < 0
    kind = 'negative';
  elseif x == 0
    kind = 'zero';
  elseif x < 10
    kind = 'small';
  elseif x < 50
    kind = 'medium';
  else
    kind = 'large';
  end
  fprintf('%d is %s\n', x, kind);
end
% first true branch wins
y = 5;
if y > 1
  disp('first');
elseif y > 2
  disp('second (not printed)');
end
% no branch taken, no else
if y > 100
  disp('not printed');
elseif y < -100
  disp('not printed');
end
% nested
for a = 0:1
  for b = 0:1
    if a
      if b
        fprintf('%d%d: both\n', a, b);
      else
        fprintf('%d%d: only a\n', a, b);
      end
    elseif b
      fprintf('%d%d: only b\n', a, b);
    else
      fprintf('%d%d: neither\n', a, b);
    end
  end
end
% if on the result of a function call
if isempty(zeros(0, 3))
  disp('isempty true');
end
if ~isequal([1 2], [1 2 3])
  disp('sizes differ');
end
if numel('abc') == 3, disp('one-line if'), end
if 0, disp('no'), else, disp('one-line else'), end
