% A recursion through a function handle passed along (the call graph sees
% the handle's target only as "any function a handle was made to"):
% MATLAB's recursion-limit error at the handle's call, never a hang.
fprintf('before\n');
h = @bounce;
fprintf('%d\n', feval(h, h, 1));

function r = bounce(h, n)
  r = h(h, n + 1);
end
