% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% Recursions deeper than Octave's max_recursion_depth (256) and within
% MATLAB's RecursionLimit (500, set(0,'RecursionLimit') documentation):
% a plain recursion 400 calls deep, a mutual one, one through a function
% handle, a tail recursion (which LLVM may make a loop) and a recursion
% through cellfun. Each counts the calls in progress, so all must run.
fprintf('sum_to(400) = %d\n', sum_to(400));
fprintf('is_even(450) = %d, is_even(401) = %d\n', is_even(450), is_even(401));
fprintf('via handle: %d\n', via_handle(@via_handle, 420));
fprintf('tail: %d\n', tail_count(0, 480));
fprintf('nested cells: %d\n', depth_of(nest(200)));
% Again, after all those returned: the depth went back to zero.
fprintf('sum_to(490) = %d\n', sum_to(490));

function s = sum_to(n)
  if n == 0
    s = 0;
  else
    s = n + sum_to(n - 1);
  end
end

function e = is_even(n)
  if n == 0
    e = true;
  else
    e = is_odd(n - 1);
  end
end

function o = is_odd(n)
  if n == 0
    o = false;
  else
    o = is_even(n - 1);
  end
end

function r = via_handle(h, n)
  if n == 0
    r = 0;
  else
    r = 1 + h(h, n - 1);
  end
end

function r = tail_count(acc, n)
  if n == 0
    r = acc;
  else
    r = tail_count(acc + 1, n - 1);
  end
end

function c = nest(n)
  c = {};
  for k = 1:n
    c = {c};
  end
end

function d = depth_of(c)
  if isempty(c)
    d = 0;
  else
    d = 1 + max(cellfun(@depth_of, c));
  end
end
