% addpath, rmpath and genpath at run time: genpath lists a folder and the folders below it
% (joined by pathsep), addpath gives the path before the call, rmpath takes the folder away.
root = tempname;
mkdir(root);
mkdir(fullfile(root, 'sub'));
p = genpath(root);
parts = strsplit(p, pathsep);
fprintf('%d folders, first is the root: %d, second ends in sub: %d\n', numel(parts), strcmp(parts{1}, root), endsWith(parts{2}, 'sub'));
old = addpath(root);
fprintf('addpath gives text: %d\n', ischar(old));
rmpath(root);
addpath(root, '-end');
rmpath(root);
fprintf('genpath of a missing folder is empty: %d\n', isempty(genpath(fullfile(root, 'nope'))));
rmdir(root, 's');
fprintf('done\n');
