% Brace indexing of a numeric array.
x = [1 2 3];
disp('before');
y = x{2};
disp(y);
