% A recursion without a base case: MATLAB's recursion-limit error and exit
% status 1, not a segmentation fault. mcc's limit is the stack, and its
% message carries no .m line (it comes from the stack-overflow handler).
fprintf('before\n');
disp(deeper(1));

function y = deeper(x)
  y = 1 + deeper(x + 1);
end
