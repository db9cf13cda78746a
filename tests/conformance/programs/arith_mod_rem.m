% mod and rem: sign conventions, zero divisor, non-integers, arrays.
x = [-7 -5 -1 1 5 7];
fprintf('mod(x,3): '); fprintf('%g ', mod(x, 3)); fprintf('\n');
fprintf('rem(x,3): '); fprintf('%g ', rem(x, 3)); fprintf('\n');
fprintf('mod(x,-3): '); fprintf('%g ', mod(x, -3)); fprintf('\n');
fprintf('rem(x,-3): '); fprintf('%g ', rem(x, -3)); fprintf('\n');
fprintf('mod(5.5, 2) = %g, rem(-5.5, 2) = %g, mod(-5.5, 2) = %g\n', mod(5.5, 2), rem(-5.5, 2), mod(-5.5, 2));
fprintf('mod(5, 0) = %g, mod(-5, 0) = %g, rem(5, 0) = %g\n', mod(5, 0), mod(-5, 0), rem(5, 0));
fprintf('mod(0, 5) = %g, rem(0, 5) = %g\n', mod(0, 5), rem(0, 5));
fprintf('mod(NaN, 3) = %g, rem(3, NaN) = %g, mod(Inf, 3) = %g\n', mod(NaN, 3), rem(3, NaN), mod(Inf, 3));
fprintf('mod(10, [3 4 6]) = '); fprintf('%g ', mod(10, [3 4 6])); fprintf('\n');
fprintf('mod([10 11; 12 13], 4) = '); fprintf('%g ', mod([10 11; 12 13], 4)); fprintf('\n');
fprintf('mod([1 2 3], [2; 3]) = '); fprintf('%g ', mod([1 2 3], [2; 3])); fprintf('\n');
fprintf('mod(1e10+1, 7) = %g\n', mod(1e10 + 1, 7));
fprintf('rem(2^40+3, 2) = %g\n', rem(2^40 + 3, 2));
fprintf('mod(0.3, 0.1) < 0.1: %d\n', mod(0.3, 0.1) < 0.1);
% is-even test in a loop
for k = 1:6
  if mod(k, 2) == 0
    fprintf('%d even\n', k);
  else
    fprintf('%d odd\n', k);
  end
end
