% An object whose class inference does not follow (inside a cell): assigning a property whose
% SetAccess is private, from code outside its class, fails at run time with MATLAB's message.
c = {Account(7), 0};
a = c{1};
fprintf('balance %g\n', a.balance);
a.balance = 1e6;  % fails here
fprintf('not reached %g\n', a.balance);
