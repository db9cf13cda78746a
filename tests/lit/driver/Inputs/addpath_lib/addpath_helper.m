function y = addpath_helper(x)
  y = 2 * x;
end
