% Function handles kept in structs and cells as a dispatch table: s.(op)(a, b), handles
% built in a loop, a struct of callbacks, isfield checks before calling, func2str listing.
ops.add = @(a, b) a + b;
ops.sub = @(a, b) a - b;
ops.mul = @(a, b) a * b;
ops.pow = @power;
names = fieldnames(ops);
for k = 1:numel(names)
  f = ops.(names{k});
  fprintf('%s(7, 2) = %g\n', names{k}, f(7, 2));
end
fprintf('direct: %g\n', ops.mul(3, 4));
cmd = 'sub';
if isfield(ops, cmd)
  fprintf('%s -> %g\n', cmd, ops.(cmd)(10, 4));
end
if ~isfield(ops, 'div')
  fprintf('no div\n');
end
scale = cell(1, 3);
for k = 1:3
  scale{k} = @(x) x * k;
end
fprintf('scales: %g %g %g\n', scale{1}(10), scale{2}(10), scale{3}(10));
cb = struct('onStart', @() fprintf('started\n'), 'onValue', @(v) fprintf('value %d\n', v));
cb.onStart();
cb.onValue(42);
pipeline = {@(x) x + 1, @(x) x * 2, @sqrt};
v = 7;
for k = 1:numel(pipeline)
  v = pipeline{k}(v);
end
fprintf('pipeline result %.6f\n', v);
fprintf('last stage: %s\n', func2str(pipeline{end}));
compose = @(f, g) @(x) f(g(x));
inc_then_sq = compose(@(x) x.^2, @(x) x + 1);
fprintf('composed: %g\n', inc_then_sq(3));
tbl = {'low', @(x) x < 10; 'high', @(x) x >= 10};
vals = [3 15 9 22];
for v = vals
  for r = 1:size(tbl, 1)
    if tbl{r, 2}(v)
      fprintf('%d is %s\n', v, tbl{r, 1});
    end
  end
end
