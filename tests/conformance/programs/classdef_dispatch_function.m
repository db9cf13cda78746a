% f(x) in function form where inference does not know x's class: the method of x's class when it has one, else the builtin or path function f; and a method's value as ans.
c = {Vec(3, -4), [3 -4], Vec(6, 8), 'text'};
for k = 1:3
  fprintf('norm %g\n', norm(c{k}));
end
for k = 1:numel(c)
  fprintf('%s\n', describe(c{k}));
end
s.v = Vec(1, 2);
[p, q] = parts(s.v);
fprintf('parts %g %g, max %g\n', p, q, max(c{2}));
fprintf('norm of a number %g\n', norm(s.v.x));
% a value that no variable takes is ans
c{1}.norm();
fprintf('ans is %g\n', ans);
norm(c{3});
fprintf('ans is %g\n', ans);
s.v.describe();
fprintf('ans is %s\n', ans);
describe(c{2});
fprintf('ans is %s\n', ans);
