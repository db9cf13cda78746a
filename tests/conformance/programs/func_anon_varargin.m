% anonymous functions with varargin called directly: the arguments past the
% named ones arrive as one cell (none, one or several, with captures).
g = @(varargin) numel(varargin);
fprintf('%d %d %d\n', g(), g(7), g(1, 2, 3));
k = 10;
h = @(a, varargin) a + k + numel(varargin);
fprintf('%d %d\n', h(1), h(1, 'x', [2 3]));
first = @(varargin) varargin{1};
fprintf('%s %d\n', first('abc', 2), first(5));
c = {4, 5, 6};
fprintf('%d\n', g(c{:}));
joinall = @(varargin) strjoin(varargin, '+');
fprintf('%s\n', joinall('a', 'b', 'c'));
f = @addall;
fprintf('%d %d %d\n', f(1, 2, 3), f(), feval(@addall, 4, 5));
r = cellfun(@(varargin) numel(varargin), {1, 2});
fprintf('%d %d\n', r);
fprintf('%d\n', f(c{:}));
s = @(a, b, c) a * 100 + b * 10 + c;
fprintf('%d\n', s(c{:}));

function s = addall(varargin)
  s = 0;
  for k = 1:nargin
    s = s + varargin{k};
  end
end
