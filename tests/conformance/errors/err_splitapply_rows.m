% splitapply with a data variable of 3 rows and 4 group numbers.
g = [1; 2; 1; 2];
x = [10; 20; 30];
fprintf('%d groups\n', max(g));
m = splitapply(@mean, x, g); % fails here
fprintf('not reached %d\n', numel(m));
