% return: leaves a function early; in a script it ends the script.
fprintf('first_negative: %d\n', first_negative([3 4 -1 5 -2]));
fprintf('first_negative none: %d\n', first_negative([1 2 3]));
fprintf('classify: %s %s %s\n', classify(-1), classify(0), classify(1));
r = early_default();
fprintf('output set before return: %d\n', r);
disp('before script return');
if true
  return;
end
disp('not printed: after return');

function idx = first_negative(x)
  idx = 0;
  for k = 1:numel(x)
    if x(k) < 0
      idx = k;
      return;
    end
  end
end

function s = classify(v)
  s = 'positive';
  if v < 0
    s = 'negative';
    return;
  end
  if v == 0
    s = 'zero';
    return;
  end
end

function r = early_default()
  r = 42;
  return;
  r = 0; %#ok<UNRCH>
end
