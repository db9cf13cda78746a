% Comma-separated lists: c{:} and s.f as arguments and inside [] and {}.
c = {3, 1, 2};
fprintf('%g %g %g\n', c{:});
m = max([c{:}]);
fprintf('%g\n', m);
d = {c{:}, 4};
fprintf('%d\n', numel(d));
[a, b] = c{2:3};
fprintf('%g %g\n', a, b);
s(1).f = 'x'; s(2).f = 'yz';
fprintf('%s|', s.f); fprintf('\n');
joined = [s.f];
fprintf('%s\n', joined);
r = show(c{:});
fprintf('%d\n', r);
args = {2, 3};
z = zeros(args{:});
fprintf('%d %d\n', size(z, 1), size(z, 2));
[p, q] = deal(7, 8);
fprintf('%g %g\n', p, q);
n2 = num2cell([1 2 3]);
fprintf('%d %g\n', numel(n2), n2{3});
mat = cell2mat({[1 2], [3]; [4 5], [6]});
fprintf('%g ', mat); fprintf('\n');
fprintf('%d %d\n', iscellstr({'a', 'b'}), iscellstr({'a', 1}));

function n = show(varargin)
  n = nargin;
  for k = 1:numel(varargin)
    fprintf('[%g]', varargin{k});
  end
  fprintf('\n');
end
