% Octave's unwind_protect: the cleanup runs after the body, and also when
% the body raises an error (which then goes on to the enclosing try).
n = 0;
unwind_protect
  n = n + 1;
  fprintf('body %d\n', n);
unwind_protect_cleanup
  fprintf('cleanup %d\n', n);
end_unwind_protect
try
  unwind_protect
    v = [1 2];
    w = v(3);
  unwind_protect_cleanup
    fprintf('cleanup after the error\n');
  end_unwind_protect
catch
  fprintf('caught it\n');
end
fprintf('count %d\n', counted(3));

function c = counted(k)
  c = 0;
  for j = 1:k
    try
      unwind_protect
        if j == 2
          error('skip:two', 'two');
        end
        c = c + j;
      unwind_protect_cleanup
        c = c + 10;
      end_unwind_protect
    catch
      c = c + 100;
    end
  end
end
