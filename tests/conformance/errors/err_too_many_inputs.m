% Calling a local function with more arguments than it declares.
fprintf('%d\n', square(3));
r = square(3, 4); % fails here
fprintf('not reached %d\n', r);

function y = square(x)
  y = x * x;
end
