function func_nested_handles
% Handles to nested functions hold their parent's workspace by reference.
c = make_counter();
fprintf('%d ', c(), c(), c());
fprintf('\n');
d = make_counter();
fprintf('d() = %d, c() = %d\n', d(), c());
% Two handles on one workspace.
[inc, get] = make_account(100);
inc(5);
inc(20);
fprintf('balance: %d\n', get());
% A nested handle passed to cellfun and arrayfun.
scale = 3;
f = @times_scale;
fprintf('%s\n', mat2str(arrayfun(f, 1:4)));
scale = 10;
fprintf('%s\n', mat2str(cellfun(@times_scale, {1, 2, 3})));
seen = 0;
arrayfun(@tally, [4 5 6]);
fprintf('seen = %d\n', seen);
% An anonymous function calling a nested one captures the workspace too,
% and the values of the variables it names at its creation.
offset = 1;
g = @(v) times_scale(v) + offset;
offset = 1000;
scale = 2;
fprintf('g(5) = %d\n', g(5));
fprintf('func2str: %s\n', func2str(f));

  function r = times_scale(v)
    r = v * scale;
  end

  function tally(v)
    seen = seen + v;
  end
end

function c = make_counter()
count = 0;
c = @increment;
  function n = increment()
    count = count + 1;
    n = count;
  end
end

function [inc, get] = make_account(start)
balance = start;
inc = @deposit;
get = @() balance_now();
  function deposit(amount)
    balance = balance + amount;
  end
  function b = balance_now()
    b = balance;
  end
end
