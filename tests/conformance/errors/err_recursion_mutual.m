% Two functions calling each other for ever (a cycle of the call graph,
% not a function calling itself): MATLAB's recursion-limit error at the
% call that passes the limit, never a hang.
fprintf('before\n');
fprintf('%d\n', ping(0));

function r = ping(n)
  r = pong(n + 1);
end

function r = pong(n)
  r = ping(n + 1);
end
