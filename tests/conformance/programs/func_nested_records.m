function func_nested_records
% Nested functions growing and updating a struct array their parent shares
% (db(end+1) = struct(...), db(k).f = v), a containers.Map, fields set by
% dynamic name on a struct first made by a nested function; an anonymous
% function capturing a shared variable (the value when it is made).
  db = struct('name', {}, 'score', {});
  addRec('a', 3); addRec('b', 5); addRec('c', 1);
  bumpAll(10);
  fprintf('%s ', db.name); fprintf('\n');
  fprintf('%s\n', mat2str([db.score]));
  best = top();
  fprintf('%s\n', best.name);
  counts = containers.Map();
  tally('x'); tally('y'); tally('x');
  fprintf('%d %d\n', counts('x'), counts('y'));
  h = @(k) db(k).score;
  fprintf('%d\n', h(2));
  setOpt('tol', 1e-3); setOpt('maxit', 50);
  fprintf('%g %d\n', opts.tol, opts.maxit);
  function addRec(n, s)
    db(end + 1) = struct('name', n, 'score', s);
  end
  function bumpAll(d)
    for k = 1:numel(db)
      db(k).score = db(k).score + d;
    end
  end
  function r = top()
    [~, i] = max([db.score]);
    r = db(i);
  end
  function tally(key)
    if isKey(counts, key), counts(key) = counts(key) + 1; else, counts(key) = 1; end
  end
  function setOpt(name, value)
    opts.(name) = value;
  end
end
