% Assigning three values to two indexed elements.
x = zeros(1, 5);
x(1:2) = [7 8];
fprintf('%d %d %d %d %d\n', x);
x(1:2) = [1 2 3]; % fails here
fprintf('not reached\n');
