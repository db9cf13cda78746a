% load of a MAT-file that does not exist.
fprintf('before\n');
S = load('mcc_no_such_file.mat'); % fails here
fprintf('not reached %d\n', numel(fieldnames(S)));
