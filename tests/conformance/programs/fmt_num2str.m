% num2str: integers, non-integers (4 significant decimals by default), precision, format.
fprintf('[%s]\n', num2str(42));
fprintf('[%s]\n', num2str(-7));
fprintf('[%s]\n', num2str(0));
fprintf('[%s]\n', num2str(pi));
fprintf('[%s]\n', num2str(-pi));
fprintf('[%s]\n', num2str(123.456));
fprintf('[%s]\n', num2str(0.1));
fprintf('[%s]\n', num2str(1/3));
fprintf('[%s]\n', num2str(12345.678));
fprintf('[%s]\n', num2str(1.23456789e-5));
fprintf('[%s]\n', num2str(1e10));
fprintf('[%s]\n', num2str(123456789));
fprintf('[%s]\n', num2str(2^53));
fprintf('[%s]\n', num2str(1.5e15));
fprintf('[%s]\n', num2str(-0.5));
fprintf('[%s] [%s] [%s]\n', num2str(NaN), num2str(Inf), num2str(-Inf));
fprintf('[%s] [%s]\n', num2str(true), num2str(false));
fprintf('[%s]\n', num2str(pi, 8));
fprintf('[%s]\n', num2str(pi, 2));
fprintf('[%s]\n', num2str(1234.5678, 6));
fprintf('[%s]\n', num2str(pi, '%.2f'));
fprintf('[%s]\n', num2str(42, '%d items'));
fprintf('[%s]\n', num2str([1 2 3]));
fprintf('[%s]\n', num2str([10 20 3]));
fprintf('[%s]\n', num2str([1 0 1] > 0));
fprintf('[%s]\n', num2str('already text'));
s = ['value: ' num2str(3.5) ' units'];
fprintf('%s\n', s);
fprintf('numel(num2str(100)) = %d\n', numel(num2str(100)));
for k = [1 10 100]
  fprintf('%s;', num2str(k / 8));
end
fprintf('\n');
