% Brace indexing past the end of a cell.
c = {1, 2, 3};
disp('before');
x = c{4};
disp(x);
