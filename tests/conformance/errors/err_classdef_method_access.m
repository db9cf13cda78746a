% An object whose class inference does not follow (a cell's element): calling a method whose
% Access is private, from code outside its class, fails at run time with MATLAB's message.
c = {Account(3), 'other'};
a = c{1};
fprintf('ok %d\n', a.check(1234));
a = a.promote();  % fails here
fprintf('not reached\n');
