% nargin('fname') and nargout('fname'), also with a handle: the declared
% counts, negative when the list ends with varargin or varargout.
fprintf('%d %d\n', nargin('two_in'), nargout('two_in'));
fprintf('%d %d\n', nargin(@two_in), nargout(@two_in));
fprintf('%d %d\n', nargin('rest_in'), nargout('rest_in'));
fprintf('%d %d\n', nargin("only_rest"), nargout("only_rest"));
fprintf('%d %d\n', nargin('none'), nargout('none'));
fprintf('%d\n', nargin(@(a, b, c) a + b + c));
fprintf('%d\n', nargin(@(x, varargin) x));
fprintf('%d\n', nargin(@() 1));
n = nargin('two_in') + 1;
fprintf('%d\n', n);
fprintf('%d\n', outer(1, 2, 3));

function [y, z] = two_in(a, b)
  y = a; z = b;
end

function [y, varargout] = rest_in(a, varargin)
  y = a; varargout = varargin;
end

function varargout = only_rest(varargin)
  varargout = varargin;
end

function none()
end

function n = outer(varargin)
  n = nargin + nargin('outer') + nargout('two_in');
end
