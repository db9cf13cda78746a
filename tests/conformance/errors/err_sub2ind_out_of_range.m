% sub2ind with a subscript beyond the size: MATLAB's "Out of range subscript."
k = sub2ind([3 4], 2, 4);
fprintf('in range: %d\n', k);
k = sub2ind([3 4], 4, 1); % fails here
fprintf('not reached %d\n', k);
