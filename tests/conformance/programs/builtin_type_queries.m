% Class predicates and conversions: isnumeric ischar islogical isreal, double logical char.
check('double', 3.5);
check('empty', []);
check('logical', true);
check('char', 'x');
check('empty char', '');
check('comparison', 1 < 2);
check('char + 1', 'a' + 1);
check('[char num]', ['a' 66]);
check('double(true)', double(true));
check('logical(5)', logical(5));
check('char(65)', char(65));
check('sqrt(4)', sqrt(4));
fprintf('double(''AZ''): '); fprintf('%d ', double('AZ')); fprintf('\n');
fprintf('char([72 105]): %s\n', char([72 105]));
cm = char([97 98; 99 100]);
fprintf('char of matrix rows: %s|%s (size %d %d)\n', cm(1, :), cm(2, :), size(cm));
fprintf('logical([0 3 -1 0.1]): '); fprintf('%d', logical([0 3 -1 0.1])); fprintf('\n');
fprintf('double of logical sums: %d\n', sum(double([true true true])));
fprintf('char(double(''xyz'')) round trip: %s\n', char(double('xyz')));
fprintf('char(''a'' + 2) = %s\n', char('a' + 2));
fprintf('isnumeric of double results: %d %d %d\n', isnumeric(1:3), isnumeric(zeros(0, 2)), isnumeric(pi));
fprintf('isreal of logical and char: %d %d\n', isreal(true), isreal('a'));

function check(name, x)
  fprintf('%-14s numeric=%d char=%d logical=%d real=%d\n', name, isnumeric(x), ischar(x), islogical(x), isreal(x));
end
