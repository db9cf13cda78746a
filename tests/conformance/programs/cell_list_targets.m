% Comma-separated lists as targets of a multiple assignment from a function
% call: the function is asked for as many outputs as the list has elements.
c = cell(1, 2);
[c{1:2}] = size(ones(2, 3));
fprintf('%d %d\n', c{:});
[c{:}] = three();
fprintf('%d %d\n', c{:});
d = cell(1, 3);
[d{:}] = three();
fprintf('%d %d %d\n', d{:});
n = 2;
[e{1:n}] = three();
fprintf('%d %d (%d)\n', e{:}, numel(e));
[s.a, s.b] = size(zeros(4, 5));
fprintf('%d %d\n', s.a, s.b);
t = struct('f', {1, 2, 3});
[t(1:2).f] = deal(8, 9);
fprintf('%d ', t.f); fprintf('\n');
[t.f] = three();
fprintf('%d ', t.f); fprintf('\n');
[t(2:3).g] = size(ones(6, 7));
fprintf('%d %d\n', t(2).g, t(3).g);
[a, c{2}] = size(ones(7, 8));
fprintf('%d %d %d\n', a, c{1}, c{2});
[m, q{1}, ~, q{2}] = four();
fprintf('%d %d %d\n', m, q{:});
h = @three;
[w{1:3}] = h();
fprintf('%d %d %d\n', w{:});
src = {'x', 'y'};
[z{1:2}] = src{:};
fprintf('%s %s\n', z{:});
[u(1:2).name] = src{:};
fprintf('%s %s\n', u.name);
[k{1:2}] = max([3 9 4]);
fprintf('%d %d\n', k{:});
[p, r.v] = sizes_of({1, [1 2]});
fprintf('%d %d\n', p, r.v);

function [x, y, z] = three()
  x = 10; y = 20; z = 30;
end

function [a, b, c, d] = four()
  a = 1; b = 2; c = 3; d = 4;
end

function [a, b] = sizes_of(c)
  a = numel(c{1}); b = numel(c{2});
end
