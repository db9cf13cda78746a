function func_nested_unset_base
% A variable shared with nested functions, first assigned through an index
% or a field (by the parent or by a nested function), starts as [] the way
% an unshared one does: s.f = v, c{k} = v, a(k) = v, s(k).f = v, [s.a, s.b].
total.v = 0;
add(3);
add(4);
fprintf('total.v = %g\n', total.v);
fill_names();
fprintf('%d names: %s %s\n', numel(people), people(1).name, people(2).name);
set_cell(5);
fprintf('class %s, %d cells, c{2} = %g\n', class(c), numel(c), c{2});
set_elem(3);
fprintf('a = %s\n', mat2str(a));
[pair.lo, pair.hi] = deal(-1, 1);
fprintf('pair: %g %g\n', pair.lo, pair.hi);
split(10);
fprintf('parts: %g %g\n', parts{:});
cfg = make_config();
fprintf('config: %s = %g\n', cfg.name, cfg.value);
count.n = 0;
for k = 1:3
  tick();
end
fprintf('count.n = %d\n', count.n);

  function add(x)
    total.v = total.v + x;
  end

  function fill_names()
    people(2).name = 'bo';
    people(1).name = 'al';
  end

  function set_cell(x)
    c{2} = x;
  end

  function set_elem(k)
    a(k) = 5;
  end

  function split(n)
    [parts{1:2}] = deal(n / 2, n / 5);
  end

  function out = make_config()
    out.name = 'gain';
    out.value = 2.5;
  end

  function tick()
    count.n = count.n + 1;
  end
end
