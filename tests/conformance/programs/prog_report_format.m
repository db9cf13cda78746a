% Formatted reports: fprintf with widths, flags and precision, vector arguments cycling
% through a format, sprintf building strings, num2str/mat2str/int2str, padding with
% blanks, and a right-aligned table whose column widths come from the data.
names = {'Hydrogen', 'Carbon', 'Oxygen', 'Iron', 'Gold'};
Z = [1 6 8 26 79];
mass = [1.008 12.011 15.999 55.845 196.96657];
fprintf('%-10s|%4s|%12s\n', 'Element', 'Z', 'Mass');
fprintf('%s\n', repmat('=', 1, 28));
for i = 1:numel(names)
    fprintf('%-10s|%4d|%12.4f\n', names{i}, Z(i), mass(i));
end
fprintf('%d:%d ', [1 2; 3 4]);      % column order
fprintf('\n');
fprintf('%5.1f|%-5.1f|%+.2e\n', [1.25 2.5 1234.5; -0.05 3 0.001]);
fprintf('[%8.3g] [%-8.3g] [%08.3f] [% d] [%+d]\n', pi*1000, pi, -pi, 5, 5);
fprintf('hex %x %X octal %o char %c%c%c, percent %%\n', 255, 255, 8, 72, 105, 33);
fprintf('%s and %s\n', 'one', 'two', 'three', 'four');
fprintf('%d %s\n', 5, 'abc');
fprintf('%.3s|%10.2s|\n', 'abcdef', 'xyz');
fprintf('%*d|%-*d|\n', 6, 42, 4, 7);
s = sprintf('%d,', 1:5);
s = s(1:end-1);
fprintf('joined: %s (length %d)\n', s, length(s));
fprintf('num2str: [%s] [%s] [%s] [%s]\n', num2str(3.14159), num2str(1e6), num2str(123456789), num2str(-0.5));
fprintf('num2str format: [%s] [%s]\n', num2str(pi, '%.5f'), num2str([1 2 3], '%d,'));
nm = num2str([1 2; 3 4]);
fprintf('num2str matrix rows: [%s] [%s] size %dx%d\n', nm(1, :), nm(2, :), size(nm));
fprintf('mat2str: %s %s %s\n', mat2str([1.5 -2; 0 3]), mat2str(pi, 4), mat2str([true false]));
fprintf('int2str: %s %s\n', int2str(2.7), int2str([1.2 3.5]));
fprintf('logical as %%d: %d %d\n', true, false);
fprintf('special: %f %g %d %e\n', Inf, -Inf, NaN, Inf);
fprintf('large %g small %g, %g %g\n', 123456789, 0.0000123, 1e5, 100000.5);
fprintf('rounding %.2f %.0f %.0f %.1f\n', 2.675, 0.49, 2.51, 0.05);
fprintf('%s\n', blanks(3), 'x');
fprintf('[%s]\n', strjust('  ab', 'left'));
row = sprintf('%6.2f', [1 22.5 333.25]);
fprintf('sprintf vector: "%s"\n', row);
% column widths from data
labels = {'alpha', 'b', 'gamma-long'};
values = [1.5, 22.25, 333];
w = max(cellfun(@length, labels));
fmt = sprintf('%%-%ds %%%d.2f\\n', w, 8);
for i = 1:3
    fprintf(fmt, labels{i}, values(i));
end
fprintf('%s\n', sprintf('%c', 'abc' + 1));
str = sprintf('Line1\nLine2\tTabbed');
fprintf('%s|\n', str);
fprintf('%d\n', int8([-5 127]));
fprintf('%u %d\n', uint32(4000000000), int64(-9000000000));
fprintf('%.10g %.15g\n', 1/3, 0.1 + 0.2);
disp(sprintf('disp of text %d', 7));
disp('plain disp');
