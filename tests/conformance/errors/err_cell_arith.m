% Arithmetic on a cell array.
c = {1, 2};
disp('before');
d = c + 1;
disp(d);
