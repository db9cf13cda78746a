% csvread of a file that does not exist.
fprintf('before\n');
m = csvread('no_such_file_here.csv'); % fails here
fprintf('not reached %d\n', numel(m));
