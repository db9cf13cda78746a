% input reads an expression or, with 's', a line of text from standard
% input (func_input_stdin.stdin); the prompt is printed first.
x = input('');
fprintf('number times two: %g\n', x * 2);
v = input('vector? ');
fprintf('\nvector sum %g size %d %d\n', sum(v), size(v));
s = input('', 's');
fprintf('text [%s] %s %d\n', s, class(s), numel(s));
e = input('', 's');
fprintf('empty line: %d %s\n', isempty(e), class(e));
m = input('');
fprintf('matrix: %g %g %g %g size %d %d\n', m, size(m));
