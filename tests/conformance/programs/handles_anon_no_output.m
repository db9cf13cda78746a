% An anonymous function whose body is a call with no value, called as a
% statement: the body is called with nargout 0 (disp, fprintf, a function of
% the program without outputs), also through cellfun with nargout 0.
x = 'shown by disp';
f = @() disp(x);
f();
g = @(s) fprintf('%s\n', s);
g('hi');
g('there')
cellfun(@(s) fprintf('%s\n', s), {'a', 'b'});
arrayfun(@(v) fprintf('%d;', v), [1 2 3]);
fprintf('\n');
p = @(n) report(n);
p(4);
q = @(n) counted(n);
q(5);
v = q(6);
fprintf('v = %d\n', v);
r = @(s) fprintf('%s\n', s);
k = r('counted bytes');
fprintf('k = %d\n', k);

function report(n)
  fprintf('report %d\n', n);
end

function y = counted(n)
  fprintf('counted %d nargout=%d\n', n, nargout);
  y = n;
end
