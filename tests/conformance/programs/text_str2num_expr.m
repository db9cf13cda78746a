% str2num evaluates its text as a MATLAB expression: numbers, vectors, matrices, arithmetic,
% function calls, logical and failed conversions (the second output is false).
[v, ok] = str2num('3+4');
fprintf('%g %d\n', v, ok);
fprintf('%s\n', mat2str(str2num('[1 2 3]*2')));
fprintf('%s\n', mat2str(str2num('1:4')));
fprintf('%s\n', mat2str(str2num('[1, 2; 3, 4]')));
fprintf('%s\n', mat2str(str2num('1 2 3')));
fprintf('%g\n', str2num('2^10'));
fprintf('%.6f\n', str2num('pi/4'));
fprintf('%g\n', str2num('sqrt(16) + abs(-2)'));
fprintf('%s\n', mat2str(str2num('[1;2]')));
fprintf('%d\n', str2num('true'));
fprintf('%g\n', str2num('-1.5e2'));
fprintf('%s\n', mat2str(str2num('zeros(1,3)')));
[v, ok] = str2num('1 +');
fprintf('bad: %d %d\n', isempty(v), ok);
[v, ok] = str2num('');
fprintf('empty: %d %d\n', isempty(v), ok);
s = '5*(2+3)';
fprintf('%s = %g\n', s, str2num(s));
