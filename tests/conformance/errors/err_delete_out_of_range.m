% Deleting an element that does not exist.
x = 1:3;
x(2) = [];
fprintf('left: %d %d\n', x);
x(5) = []; % fails here
fprintf('not reached\n');
