% A recursion without a base case: MATLAB's recursion-limit error at the
% recursive call's line and exit status 1, not a segmentation fault.
fprintf('before\n');
disp(deeper(1));

function y = deeper(x)
  y = 1 + deeper(x + 1);
end
