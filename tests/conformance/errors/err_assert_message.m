% assert with a formatted message: the message is MATLAB's error text.
x = 3;
assert(x == 3, 'x is %d', x);
fprintf('first assertion held\n');
assert(x > 5, 'x is %d, not above %d', x, 5); % fails here
fprintf('not reached\n');
