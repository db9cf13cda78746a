% num2str (precision, format, matrices, logical, int, complex), mat2str (precision, class, complex), strjust.
fprintf('[%s]\n', num2str(pi, 8));
fprintf('[%s]\n', num2str([1 2 3]));
fprintf('[%s]\n', num2str([10 200 3000]));
fprintf('[%s]\n', num2str(3.14159, '%8.3f'));
fprintf('[%s]\n', num2str([1.5 2.25 3]));
fprintf('[%s]\n', num2str(1e10));
fprintf('[%s]\n', num2str(123456789));
fprintf('[%s]\n', num2str(0.000123));
fprintf('[%s]\n', num2str(true));
fprintf('[%s]\n', num2str(int8(-7)));
fprintf('[%s]\n', num2str('abc'));
fprintf('[%s]\n', num2str(1+2i));
x = num2str([1 2; 3 4]);
fprintf('%d x %d\n', size(x));
for k = 1:size(x,1), fprintf('<%s>\n', x(k,:)); end
x = num2str([1.5 -2; 3 4.25]);
for k = 1:size(x,1), fprintf('<%s>\n', x(k,:)); end
x = num2str([1 2 3], '%d,');
fprintf('<%s>\n', x);
fprintf('[%s]\n', mat2str([1 2; 3 4]));
fprintf('[%s]\n', mat2str([0.1 1/3], 4));
fprintf('[%s]\n', mat2str([true false]));
fprintf('[%s]\n', mat2str(pi));
fprintf('[%s]\n', mat2str([1;2;3]));
fprintf('[%s]\n', mat2str([Inf -Inf NaN]));
fprintf('[%s]\n', mat2str(int8([1 2]), 'class'));
s = strjust(['a  ';'bb '], 'right');
fprintf('<%s>\n', s(1,:), s(2,:));
s = strjust(['  a';' bb'], 'left');
fprintf('<%s>\n', s(1,:), s(2,:));
s = strjust(['a   ';'bb  '], 'center');
fprintf('<%s>\n', s(1,:), s(2,:));
fprintf('[%s]\n', mat2str([1+2i 3-4i]));
fprintf('[%s]\n', mat2str([1.5-2.25i; complex(0, -1)]));
fprintf('[%s]\n', mat2str(complex(1, 0)));
fprintf('[%s]\n', mat2str(pi + 1i, 4));
fprintf('[%s]\n', mat2str(single(1+2i), 'class'));
fprintf('[%s]\n', mat2str([complex(1, Inf) complex(NaN, -2)]));
