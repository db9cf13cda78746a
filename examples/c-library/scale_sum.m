function [y, total] = scale_sum(x, k)
% SCALE_SUM  y = k*x and the sum of its elements.
arguments
  x (1,:) double
  k (1,1) double {mustBePositive}
end
y = k * x;
total = sum(y);
end
