% disp of char vectors and of text built with sprintf/num2str.
disp('hello');
disp('  leading spaces kept');
disp('trailing spaces kept  |');
disp(['con' 'cat']);
disp(sprintf('%d + %d = %d', 2, 3, 5));
disp(num2str(3.25));
disp(['x = ' num2str(10)]);
disp('it''s');
disp('%d is not a format here');
x = 'abc';
disp(x(end:-1:1));
disp(char([72 105]));
disp(['ab'; 'cd']);
disp(repmat('=', 1, 10));
disp(mat2str([1 2; 3 4]));
disp(int2str(7.6));
c = 'z';
disp(c);
