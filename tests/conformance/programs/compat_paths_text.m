% Path, platform and text helpers every toolbox-free script uses: fullfile,
% fileparts, filesep, pathsep, ispc, isunix, ismac, numfields, erase,
% validatestring, realpow.
fprintf('[%s]\n', fullfile('a', 'b', 'c.m'));
fprintf('[%s]\n', fullfile('a/', '/b/', 'c'));
fprintf('[%s]\n', fullfile('/root', 'x'));
fprintf('[%s]\n', fullfile('a'));
fprintf('[%s]\n', fullfile('a', ''));
fprintf('[%s]\n', fullfile('', 'b'));
fprintf('[%s]\n', fullfile('a', 'b/'));
f = fullfile('data', {'x.txt', 'y.txt'});
fprintf('%s|', f{:}); fprintf(' %d %d\n', size(f));
[p, n, x] = fileparts('/home/user/data/file.tar.gz');
fprintf('[%s] [%s] [%s]\n', p, n, x);
[p, n, x] = fileparts('file');
fprintf('[%s] [%s] [%s] %d %d\n', p, n, x, size(p));
[p, n, x] = fileparts('dir/');
fprintf('[%s] [%s] [%s]\n', p, n, x);
[p, n, x] = fileparts('/a.b/c');
fprintf('[%s] [%s] [%s]\n', p, n, x);
[p, n, x] = fileparts('.bashrc');
fprintf('[%s] [%s] [%s]\n', p, n, x);
p = fileparts('x/y/z.m');
fprintf('[%s]\n', p);
fprintf('[%s] [%s]\n', filesep, pathsep);
fprintf('%d %d %d\n', ispc, isunix, ismac);
fprintf('%s\n', class(ispc));
s = struct('a', 1, 'b', 'x', 'c', {{}});
fprintf('numfields %d %d\n', numfields(s), numfields(struct()));
fprintf('[%s]\n', erase('hello world', 'o'));
fprintf('[%s]\n', erase('aaa', 'aa'));
fprintf('[%s]\n', erase('abcabc', {'a', 'c'}));
c = erase({'one two', 'two three'}, 'two');
fprintf('[%s]', c{:}); fprintf('\n');
fprintf('[%s]\n', validatestring('app', {'apple', 'pear'}));
fprintf('[%s]\n', validatestring('PEA', {'apple', 'pear'}));
fprintf('[%s]\n', validatestring('r', {'red', 'green'}));
try
  validatestring('x', {'apple', 'pear'});
catch err
  fprintf('error caught\n');
end
fprintf('%g ', realpow([2 3], 2)); fprintf('\n');
fprintf('%g\n', realpow(-8, 3));
try
  realpow(-8, 1/3);
catch err
  fprintf('realpow complex: caught\n');
end
