% More paths of records (structs of known fields, ScalarizeStructs): loops
% with break and continue, switch on a text field, list assignment to
% fields, cells in fields, globals and persistents, a function whose output
% is not always assigned, and one function specialised for two records.
s.mode = 'up'; s.n = 0; s.hist = [];
k = 0;
while true
  k = k + 1;
  if k > 20
    break;
  end
  if mod(k, 3) == 0
    continue;
  end
  switch s.mode
    case 'up'
      s.n = s.n + k;
      if s.n > 20
        s.mode = 'down';
      end
    otherwise
      s.n = s.n - 1;
  end
  s.hist(end + 1) = s.n;
end
fprintf('%s %d %d %d\n', s.mode, s.n, numel(s.hist), s.hist(end));
[s.a, s.b] = deal(1, 'two');
fprintf('%d %s %d\n', s.a, s.b, numel(fieldnames(s)));
c.items = {1, 'x'};
c.items{3} = [1 2 3];
c.count = numel(c.items);
fprintf('%d %d %s\n', c.count, numel(c.items{3}), class(c.items{2}));
global G
G.v = 1;
bump();
bump();
fprintf('%d\n', G.v);
for i = 1:3
  r = counter();
end
fprintf('%d\n', r);
p = maybe(true);
fprintf('%g %g\n', p.x, p.y);
try
  q = maybe(false);
  fprintf('%g\n', q.x);
catch err
  fprintf('caught: %d\n', ~isempty(err.message));
end
u = scale(struct('x', 2, 'y', 3), 2);
v = scale(struct('x', int8(100), 'y', 3), 2);
fprintf('%g %g %d %s %g\n', u.x, u.y, v.x, class(v.x), v.y);
orig.val = 5;
changed = setval(orig, 7);
fprintf('%d %d\n', orig.val, changed.val);
ss.x = 1;
ss.x += 2;
fprintf('%d\n', ss.x);
function bump()
  global G
  G.v = G.v * 2;
end
function n = counter()
  persistent st
  if isempty(st)
    st.count = 0;
  end
  st.count = st.count + 1;
  n = st.count;
end
function p = maybe(ok)
  if ok
    p.x = 1;
    p.y = 2;
  end
end
function s = scale(s, f)
  s.x = s.x * f;
  s.y = s.y * f;
end
function t = setval(t, v)
  t.val = v;
end
