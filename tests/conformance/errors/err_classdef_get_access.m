% An object whose class inference does not follow (inside a cell): reading a property whose
% GetAccess is private, from code outside its class, fails at run time with MATLAB's message.
c = {Account(7), 0};
a = c{1};
fprintf('balance %g\n', a.balance);
p = a.pin;  % fails here
fprintf('not reached %g\n', p);
