% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% The recursion-limit error is an ordinary error: try/catch catches it,
% with identifier MATLAB:recursionLimit and MATLAB's message (set(0,
% 'RecursionLimit') documentation: 500 by default), and a caught one leaves
% nothing behind: deep recursions still run afterwards, however many were
% caught, and a recursion whose levels catch the error stops at the limit.
try
  endless(1);
catch err
  fprintf('%s\n', err.identifier);
  fprintf('%s\n', err.message(1:39));
end
for k = 1:5
  try
    endless(k);
  catch
  end
end
fprintf('sum_to(450) = %d\n', sum_to(450));
d = deepest(1);
fprintf('deepest stopped near the limit: %d\n', d > 400 && d <= 501);
fprintf('sum_to(450) = %d\n', sum_to(450));

function r = endless(n)
  r = endless(n + 1) + 1;
end

function s = sum_to(n)
  if n == 0
    s = 0;
  else
    s = n + sum_to(n - 1);
  end
end

function d = deepest(n)
  try
    d = deepest(n + 1);
  catch
    d = n;
  end
end
