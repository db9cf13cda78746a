% Syntax forms of everyday scripts: block comments, continuation, transpose vs quote, '' in
% text, .5 and 5., format long g (accepted), one-line if/while/switch, blanks in brackets
% ([1 -1] vs [1 - 1]), multi-line matrices, operator precedence (-2^2, 2^-1), +=.
%{
block comment
with lines
%}
x = [1, 2, ...
     3, 4];   % continuation
y = x';
z = x.';
fprintf('%d %d\n', size(y), size(z));
s = 'It''s ok';
fprintf('%s\n', s);
a = .5; b = 5.; c = 1e-3;
fprintf('%g %g %g\n', a, b, c);
format long g
format short
for k = 1:0
  fprintf('never\n');
end
if isempty([]) && true, fprintf('and ok\n'); end
v = [];
if ~isempty(v) && v(1) > 0
  fprintf('bad\n');
else
  fprintf('short-circuit ok\n');
end
m = [1 -1];
fprintf('%d\n', numel(m));
m2 = [1 - 1];
fprintf('%d\n', numel(m2));
m3 = [x' x'];
fprintf('%d %d\n', size(m3));
q = {'a' 'b'};
fprintf('%d\n', numel(q));
w = [x(1) -x(2)];
fprintf('%s\n', mat2str(w));
t = x(end)';
fprintf('%d\n', t);
fprintf('%s\n', mat2str([1 2]'));
n = 0;
while n < 3, n = n + 1; end
fprintf('%d\n', n);
switch 'abc', case 'abc', fprintf('sw\n'); end
r = 10; r(2) = 20;
fprintf('%s\n', mat2str(r));
B = [1 2
     3 4];
fprintf('%s\n', mat2str(B));
C = [ 1, 2
      3, 4 ];
fprintf('%d\n', sum(C(:)));
f = @(x)x+1; fprintf('%d\n', f(1));
g = @(v) sum(v(:)) / numel(v);
fprintf('%g\n', g([1 2; 3 4]));
fprintf('%d\n', ~true + 1);
fprintf('%d\n', -2 ^ 2);
fprintf('%d\n', 2 ^ -1 * 4);
fprintf('%g\n', 1 / 0);
fprintf('%d\n', 7 \ 14);
h = 3; h += 2; fprintf('%d\n', h);
fprintf('%s\n', class(1:3 > 2));
