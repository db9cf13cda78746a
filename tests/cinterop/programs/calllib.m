% loadlibrary/calllib of the test library as a shared library (run.py builds
% libct.so from ../ct.c in the folder the program runs in). The header is read
% at build time: each calllib is bound and checked then; the library is loaded
% when loadlibrary runs. Expected output (calllib.expected): what ct.c
% computes, worked out by hand in the comments.
loadlibrary('libct', '../ct.h');
fprintf('loaded: %d\n', libisloaded('libct'));        % 1
s = calllib('libct', 'ct_add', 2, 3.5);
fprintf('ct_add: %g (%s)\n', s, class(s));            % 5.5 double
c = calllib('libct', 'ct_clamp', -20, 0, 10);
fprintf('ct_clamp: %d (%s)\n', c, class(c));          % 0 int32
% a void function's outputs are the arrays passed to its writable pointers
v = [1 2 3];
w = calllib('libct', 'ct_scale', v, 3, 2);
fprintf('ct_scale: %g %g %g; v: %g %g %g\n', w, v);   % 2 4 6; 1 2 3
t = calllib('libct', 'ct_sum', w, 3);
fprintf('ct_sum: %g\n', t);                           % 12
out = calllib('libct', 'ct_iota', zeros(1, 4, 'int32'), 4, 7);
fprintf('ct_iota: %d %d %d %d (%s)\n', out, class(out));  % 7 8 9 10 int32
n = calllib('libct', 'ct_strlen', 'four');
fprintf('ct_strlen: %d\n', n);                        % 4
up = calllib('libct', 'ct_upper', uint8('abc'), 3);
fprintf('ct_upper: %s\n', char(up));                  % ABC
p = calllib('libct', 'ct_counter_new', 1.5);
calllib('libct', 'ct_counter_add', p, 2);
fprintf('counter: %g\n', calllib('libct', 'ct_counter_value', p));  % 3.5
calllib('libct', 'ct_counter_free', p);
names = libfunctions('libct');
fprintf('%d functions: %s ... %s\n', numel(names), names{1}, names{end});  % 24, sorted: ct_add ... ct_upper
unloadlibrary('libct');
fprintf('loaded after unloadlibrary: %d\n', libisloaded('libct'));  % 0
