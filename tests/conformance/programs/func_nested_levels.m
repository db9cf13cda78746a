function func_nested_levels
% Two levels of nesting: the innermost function updates its grandparent's
% and its parent's variables; siblings call each other.
total = 0;
outer(3);
fprintf('total = %d\n', total);
fprintf('log: %s\n', mat2str(log_));

  function outer(n)
    log_ = [];
    step = 10;
    for i = 1:n
      inner(i);
    end
    fprintf('outer: step = %d\n', step);

    function inner(i)
      total = total + i * step;
      step = step + 1;
      record(total);
    end
  end

  function record(t)
    log_(end + 1) = t;
  end
end
