function s = describe(x)
  % A function on the path that a class's method shares a name with.
  s = sprintf('%d numbers', numel(x));
end
