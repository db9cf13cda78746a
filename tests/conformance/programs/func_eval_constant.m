% eval of constant text compiles as code of the workspace it runs in:
% statements (assignments, calls, several on one line, in a loop and in a
% function), and an expression whose value is wanted.
x = 3;
eval('y = x * 2;');
fprintf('%d\n', y);
eval('z = y + 1; w = z * 2;');
fprintf('%d %d\n', z, w);
v = eval('x + y');
fprintf('%d\n', v);
eval('fprintf(''%s\n'', ''from eval'');');
for k = 1:3
  eval('x = x + k;');
end
fprintf('%d\n', x);
fprintf('%d\n', squared(5));
s = eval('sprintf(''%d-%d'', 1, 2)');
fprintf('%s\n', s);

function r = squared(n)
  eval('r = n^2;');
end
