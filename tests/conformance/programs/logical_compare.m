% Relational operators: scalars, arrays, broadcasting, chars, NaN; logical class.
a = 3;
fprintf('%d %d %d %d %d %d\n', a == 3, a ~= 3, a < 4, a <= 3, a > 3, a >= 4);
x = [1 5 3 NaN];
fprintf('x > 2:  '); fprintf('%d', x > 2); fprintf('\n');
fprintf('x == 3: '); fprintf('%d', x == 3); fprintf('\n');
fprintf('x ~= 3: '); fprintf('%d', x ~= 3); fprintf('\n');
fprintf('x <= NaN: '); fprintf('%d', x <= NaN); fprintf('\n');
fprintf('x == x: '); fprintf('%d', x == x); fprintf('\n');
L = [1 2 3] < [3; 2; 1];
fprintf('broadcast %dx%d: ', size(L)); fprintf('%d', L); fprintf('\n');
fprintf('islogical(x > 2) = %d, isnumeric(x > 2) = %d\n', islogical(x > 2), isnumeric(x > 2));
fprintf('chars: %d %d %d\n', 'a' < 'b', 'Z' < 'a', all('abc' == 'abc'));
fprintf('char vs number: '); fprintf('%d', 'abc' == 98); fprintf('\n');
fprintf('char array compare: '); fprintf('%d', 'hello' == 'world'); fprintf('\n');
fprintf('logical arithmetic: %g %g\n', true + true, (3 > 2) * 10);
fprintf('sum of comparison: %d\n', sum([4 8 15 16 23 42] > 10));
fprintf('Inf compare: %d %d %d\n', Inf > realmax_like(), -Inf < -1e308, Inf == Inf);
e = [] == [];
fprintf('[] == []: size %d %d, isempty %d\n', size(e), isempty(e));
fprintf('zeros(0,3) < 1: size %d %d\n', size(zeros(0, 3) < 1));
fprintf('-0 == 0: %d, -0 < 0: %d\n', -0 == 0, -0 < 0);
fprintf('1 == 1 == 1: %d, 2 == 2 == 2: %d\n', 1 == 1 == 1, 2 == 2 == 2);
fprintf('3 > 2 > 1: %d\n', 3 > 2 > 1);

function r = realmax_like()
  r = 1.7976931348623157e308;
end
