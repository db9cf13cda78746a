% nargin(h) and nargout(h) of function handles held in variables, cells and
% parameters: anonymous functions count their parameters (negative with
% varargin; captured values do not count) and give nargout -1; handles to
% functions of the program give their declared counts.
f = @(x, y) x + y;
g = @(varargin) numel(varargin);
h = @(a, varargin) a;
z = @() 1;
a = 2;
w = @(t) a * t;
fprintf('anonymous nargin: %d %d %d %d %d\n', nargin(f), nargin(g), nargin(h), nargin(z), nargin(w));
fprintf('anonymous nargout: %d %d %d\n', nargout(f), nargout(g), nargout(w));
k = @pair3;
fprintf('pair3: %d %d\n', nargin(k), nargout(k));
v = @vout;
fprintf('vout: %d %d\n', nargin(v), nargout(v));
n = @noargs;
fprintf('noargs: %d %d\n', nargin(n), nargout(n));
c = {f, k, v, n};
for j = 1:numel(c)
  fprintf('c{%d}: %d %d\n', j, nargin(c{j}), nargout(c{j}));
end
s.fn = @pair3;
fprintf('field: %d\n', nargin(s.fn));
fprintf('passed: %s %s\n', counts(f), counts(@vout));
fprintf('literal: %d %d\n', nargin(@pair3), nargout('vout'));
function [p, q] = pair3(x, y, z)
  p = x + y;
  q = z;
end
function varargout = vout(x, varargin)
  varargout = {x, varargin};
end
function noargs()
  fprintf('noargs\n');
end
function t = counts(fn)
  t = sprintf('%d/%d', nargin(fn), nargout(fn));
end
