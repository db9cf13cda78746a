% A numeric builtin given a cell: MATLAB's error names the function, at the
% line of its call.
c = {1, 2};
fprintf('before\n');
y = floor(c); % fails here
fprintf('not reached\n');
