% Size queries of values that are not arrays of numbers: a function handle,
% an MException, in a cell whose elements inference does
% not type (numel, isempty, ndims, size, length of each element).
c = {@sin, 3, 'ab', @(x) x + 1, {}, struct('a', {1, 2})};
for k = 1:numel(c)
  v = c{k};
  fprintf('%d: numel %d isempty %d ndims %d length %d size %s\n', k, numel(v), isempty(v), ndims(v), ...
          length(v), mat2str(size(v)));
end
try
  error('demo:id', 'boom');
catch e
  fprintf('exception: numel %d size %s ndims %d\n', numel(e), mat2str(size(e)), ndims(e));
end
f = @cos;
fprintf('handle: numel %d isempty %d size %s\n', numel(f), isempty(f), mat2str(size(f)));
