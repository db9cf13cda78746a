% Folders and the environment: mkdir (nested, existing), rmdir (empty,
% not empty, 's'), pwd, getenv.
base = tempname();
fprintf('%d\n', mkdir(base));
fprintf('%d\n', exist(base, 'dir'));
[ok, msg] = mkdir(base);
fprintf('%d %d\n', ok, ~isempty(msg));
fprintf('%d\n', mkdir(base, 'sub'));
fprintf('%d\n', isfolder(fullfile_(base, 'sub')));
fprintf('%d\n', mkdir(fullfile_(base, 'a/b/c')));
fprintf('%d\n', isfolder(fullfile_(base, 'a/b/c')));
fid = fopen(fullfile_(base, 'sub/f.txt'), 'w');
fprintf(fid, 'x');
fclose(fid);
[ok, msg] = rmdir(fullfile_(base, 'sub'));
fprintf('%d %d\n', ok, ~isempty(msg));
fprintf('%d\n', rmdir(fullfile_(base, 'a/b/c')));
fprintf('%d\n', isfolder(fullfile_(base, 'a/b')));
fprintf('%d\n', rmdir(base, 's'));
fprintf('%d\n', exist(base, 'dir'));
[ok, msg] = rmdir(base);
fprintf('%d %d\n', ok, ~isempty(msg));
p = pwd;
fprintf('%d %s\n', ischar(p), p(1));
fprintf('%d\n', isempty(getenv('MCC_SURELY_UNSET_VARIABLE_42')));
fprintf('%s\n', class(getenv('PATH')));
fprintf('%d\n', ~isempty(getenv('PATH')));

function p = fullfile_(a, b)
  p = [a '/' b];
end
