% Handles to the functions of operators (@plus, @times, @ge, @not, @uminus, @minus) passed to
% cellfun/arrayfun/bsxfun/a fold, called, and shown by func2str.
f = @plus;
fprintf('%s\n', func2str(f));
disp(class(f))
r = arrayfun(@times, [1 2 3], [4 5 6]);
fprintf('%d ', r); fprintf('\n');
n = @not; fprintf('%d\n', n(false));
u = @uminus; fprintf('%d\n', u(4));
x = cellfun(@ge, {1, 5}, {2, 2});
fprintf('%d ', x); fprintf('\n');
s = 0;
ops = {@plus, @minus, @times, @rdivide, @power};
for k = 1:numel(ops)
  s = s + ops{k}(6, 2);
  fprintf('%s(6, 2) = %g\n', func2str(ops{k}), ops{k}(6, 2));
end
fprintf('total %g\n', s);
fprintf('%d ', bsxfun(@minus, [10 20], [1; 2])); fprintf('\n');
m = cellfun(@eq, {'a', 'b'}, {'a', 'c'});
fprintf('%d ', m); fprintf('\n');
