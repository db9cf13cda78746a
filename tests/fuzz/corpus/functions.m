function [out, varargout] = outer(a, ~, varargin)
  arguments
    a (1,:) double {mustBeFinite} = [1 2 3]
    ~
    varargin
  end
  out = inner(a);
  [~, i] = max(a);
  varargout{1} = i;
  function y = inner(x)
    y = x(end:-1:1)';
  end
end
function g
  global G; persistent P
  if isempty(P), P = 0; end
  try, error('x:y', 'bad %d', 3); catch err, disp(err.message); end
  switch lower('A'), case {'a', 'b'}, disp a, otherwise, disp other, end
  parfor (k = 1:4, 2), G(k) = k^2; end
  spmd(2), w = labindex; end
  while true, break; end
end
