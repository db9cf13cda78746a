% varargin, varargout, nargin and nargout with them, narginchk and nargoutchk.
fprintf('%d\n', count());
fprintf('%d\n', count(1, 'a', {}));
[a, b, c] = spread(1, 2, 3);
fprintf('%g %g %g\n', a, b, c);
x = spread(5);
fprintf('%g\n', x);
fprintf('%g\n', opts('scale', 3, 'offset', 1));
fprintf('%g\n', opts());
[m, n] = twoouts();
fprintf('%g %g\n', m, n);
fprintf('%s\n', checked(1, 2));

function n = count(varargin)
  n = nargin;
  if n > 0
    fprintf('%s ', class(varargin{end}));
  end
end

function varargout = spread(varargin)
  for k = 1:nargout
    varargout{k} = varargin{k} * 10;
  end
end

function y = opts(varargin)
  scale = 1;
  offset = 0;
  for k = 1:2:numel(varargin)
    switch varargin{k}
      case 'scale'
        scale = varargin{k + 1};
      case 'offset'
        offset = varargin{k + 1};
    end
  end
  y = 10 * scale + offset;
end

function [a, varargout] = twoouts()
  a = 1;
  varargout{1} = nargout;
end

function s = checked(varargin)
  narginchk(1, 3);
  nargoutchk(0, 1);
  s = sprintf('%d args', nargin);
end
