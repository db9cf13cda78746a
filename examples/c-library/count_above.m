function [n, where] = count_above(v, limit)
% COUNT_ABOVE  How many elements of V exceed LIMIT, and their indices.
arguments
  v uint8
  limit (1,1) uint8
end
mask = v > limit;
n = nnz(mask);
where = find(mask);
end
