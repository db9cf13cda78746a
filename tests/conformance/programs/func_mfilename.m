% mfilename: the name of the file the running code is in (a script, and a function file it calls), and 'fullpath' (its absolute path without .m).
name = mfilename;
fprintf('%s %s %d\n', name, class(name), size(name, 1));
fprintf('[%s]\n', mfilename());
full = mfilename('fullpath');
tail = ['/' name];
fprintf('%d %d\n', full(1) == '/', strcmp(full(end-numel(tail)+1:end), tail));
fprintf('%s\n', mfn_helper());
fprintf('%s: done\n', mfilename);
