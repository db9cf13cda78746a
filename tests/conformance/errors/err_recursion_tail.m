% A tail-recursive function without a base case, which LLVM could turn into
% an endless loop: MATLAB's recursion-limit error at the recursive call's
% line and exit status 1, never a hang.
fprintf('before\n');
r = count_up(1);
fprintf('not reached %d\n', r);

function r = count_up(n)
  r = count_up(n + 1);
end
