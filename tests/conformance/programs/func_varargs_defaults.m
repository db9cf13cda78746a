% varargin/varargout/nargin/nargout: defaults for missing arguments, name-value pairs,
% argument validation with error identifiers, forwarding varargin, exist-free defaults.
fprintf('%g\n', area_of('circle', 2));
fprintf('%g\n', area_of('rect', 2, 3));
fprintf('%g\n', area_of('rect', 2));
opts = parse_opts('Tol', 1e-3, 'MaxIter', 50);
fprintf('tol %g maxiter %d verbose %d\n', opts.Tol, opts.MaxIter, opts.Verbose);
opts = parse_opts();
fprintf('defaults tol %g maxiter %d\n', opts.Tol, opts.MaxIter);
try
  parse_opts('Color', 3);
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
try
  parse_opts('Tol');
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
[a, b, c] = multi(1);
fprintf('%d %d %d\n', a, b, c);
[a, b] = multi(2);
fprintf('%d %d\n', a, b);
a = multi(3);
fprintf('%d\n', a);
fprintf('nargs %d %d\n', count_args(), count_args(1, 'x', {}));
fprintf('forward %d\n', forward(1, 2, 3));
try
  area_of('hexagon', 1);
catch e
  fprintf('%s | %s\n', e.identifier, e.message);
end
try
  area_of('circle', -1);
catch e
  fprintf('%s | %s\n', e.identifier, e.message);
end
fprintf('nargin(fn) %d, nargout(fn) %d\n', nargin('area_of'), nargout('area_of'));

function a = area_of(shape, w, h)
  if nargin < 3
    h = w;
  end
  if ~isnumeric(w) || w < 0
    error('geom:badSize', 'Size must be a non-negative number, got %g.', w);
  end
  switch lower(shape)
    case 'circle'
      a = pi * w^2;
    case {'rect', 'rectangle', 'square'}
      a = w * h;
    otherwise
      error('geom:unknownShape', 'Unknown shape "%s".', shape);
  end
end

function opts = parse_opts(varargin)
  opts = struct('Tol', 1e-6, 'MaxIter', 100, 'Verbose', false);
  if mod(numel(varargin), 2) ~= 0
    error('opts:pairs', 'Options must come in name/value pairs.');
  end
  for k = 1:2:numel(varargin)
    name = varargin{k};
    if ~isfield(opts, name)
      error('opts:unknown', 'Unknown option ''%s''.', name);
    end
    opts.(name) = varargin{k+1};
  end
end

function varargout = multi(n)
  for k = 1:max(nargout, 1)
    varargout{k} = n * k;
  end
end

function n = count_args(varargin)
  n = nargin;
end

function s = forward(varargin)
  s = add3(varargin{:});
end

function s = add3(a, b, c)
  s = a + b + c;
end
