function y = addpath_deep(x)
  y = x ^ 2;
end
