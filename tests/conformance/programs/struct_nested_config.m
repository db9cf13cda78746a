% Nested structs: deep field assignment, setfield/getfield, struct of arrays, recursion over fields.
cfg.solver.name = 'rk4';
cfg.solver.tol = 1e-6;
cfg.solver.steps = [10 20 40];
cfg.output.file = 'out.txt';
cfg.output.verbose = false;
cfg.limits(2).lo = -1;
cfg.limits(2).hi = 1;
cfg.limits(1).lo = 0;
cfg.limits(1).hi = 10;
fprintf('solver %s tol %g steps %d\n', cfg.solver.name, cfg.solver.tol, numel(cfg.solver.steps));
fprintf('third step %d\n', cfg.solver.steps(end));
cfg.solver.steps(end+1) = 80;
fprintf('steps now %s\n', mat2str(cfg.solver.steps));
fprintf('limits: %d, widths %s\n', numel(cfg.limits), mat2str([cfg.limits.hi] - [cfg.limits.lo]));
cfg = setfield(cfg, 'version', 3);
fprintf('version %d\n', getfield(cfg, 'version'));
show(cfg, '');
data.t = (0:4)';
data.y = data.t .^ 2;
data.y(3) = -1;
fprintf('sum y %d, numel %d\n', sum(data.y), numel(data.y));
s = struct();
s.a.b.c = 5;
s.a.b.d = 'deep';
fprintf('%d %s %d\n', s.a.b.c, s.a.b.d, isfield(s.a, 'b'));
arr(3).v = 9;
fprintf('arr numel %d, empty first %d\n', numel(arr), isempty(arr(1).v));
q = [cfg.limits];
fprintf('copied %d\n', numel(q));
cfg2 = cfg;
cfg2.solver.name = 'euler';
fprintf('original %s copy %s\n', cfg.solver.name, cfg2.solver.name);
fprintf('isequal %d %d\n', isequal(cfg, cfg), isequal(cfg, cfg2));

function show(s, prefix)
  f = fieldnames(s);
  for k = 1:numel(f)
    v = s.(f{k});
    name = [prefix f{k}];
    if isstruct(v) && isscalar(v)
      show(v, [name '.']);
    elseif isstruct(v)
      fprintf('%s: struct array of %d\n', name, numel(v));
    elseif ischar(v)
      fprintf('%s: ''%s''\n', name, v);
    elseif islogical(v)
      fprintf('%s: logical %d\n', name, v);
    else
      fprintf('%s: %s\n', name, mat2str(v));
    end
  end
end
