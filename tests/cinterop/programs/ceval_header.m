% coder.ceval of the test library (../ct.c), its header read with libclang at
% build time (coder.cinclude). Expected output (ceval_header.expected) is what
% ct.c computes, worked out by hand in the comments.
coder.cinclude('ct.h');
coder.updateBuildInfo('addIncludePaths', '..');
coder.updateBuildInfo('addSourceFiles', 'ct.c', '..');

% scalars: each result has the class of the C return type
s = coder.ceval('ct_add', 1.5, 2.25);
fprintf('ct_add: %g (%s)\n', s, class(s));             % 3.75 double
c = coder.ceval('ct_clamp', int32(17), int32(0), int32(10));
fprintf('ct_clamp: %d (%s)\n', c, class(c));           % 10 int32
h = coder.ceval('ct_halve', single(5));
fprintf('ct_halve: %g (%s)\n', h, class(h));           % 2.5 single
e = coder.ceval('ct_is_even', int64(42));
fprintf('ct_is_even: %d (%s)\n', e, class(e));         % 1 logical
b = coder.ceval('ct_low_byte', uint16(513));
fprintf('ct_low_byte: %d (%s)\n', b, class(b));        % 513 = 0x201: 1 uint8
% doubles to int32 parameters: rounded, saturated (5e10 -> 2147483647)
c2 = coder.ceval('ct_clamp', 7.6, -3, 5e10);
fprintf('ct_clamp converted: %d\n', c2);               % 8

% arrays: read, updated in place (coder.ref), written (coder.wref)
v = [1 2 3 4.5];
t = coder.ceval('ct_sum', coder.rref(v), int32(numel(v)));
fprintf('ct_sum: %g\n', t);                            % 10.5
w = v;
coder.ceval('ct_scale', coder.ref(w), int32(numel(w)), 2);
fprintf('ct_scale: %g %g %g %g; v: %g %g %g %g\n', w, v);  % 2 4 6 9; v unchanged
out = zeros(1, 5, 'int32');
coder.ceval('ct_iota', coder.wref(out), int32(5), int32(10));
fprintf('ct_iota: %d %d %d %d %d (%s)\n', out, class(out));  % 10 11 12 13 14 int32
d = coder.ceval('ct_dot_i16', int16([1 2 3]), int16([4 5 6]), int32(3));
fprintf('ct_dot_i16: %d\n', d);                        % 4 + 10 + 18 = 32

% text: char arrays become NUL-terminated UTF-8
n = coder.ceval('ct_strlen', 'hello, world');
fprintf('ct_strlen: %d\n', n);                         % 12
nv = coder.ceval('ct_count_vowels', ['programming' ' in ' 'C']);
fprintf('ct_count_vowels: %d\n', nv);                  % o a i i: 4
buf = uint8('shout');
coder.ceval('ct_upper', coder.ref(buf), int32(numel(buf)));
fprintf('ct_upper: %s\n', char(buf));                  % SHOUT

% a struct the library owns, behind a pointer (coder.opaque)
cnt = coder.opaque('ct_counter *', 'NULL');
cnt = coder.ceval('ct_counter_new', 10);
for k = 1:4
  coder.ceval('ct_counter_add', cnt, k);
end
fprintf('counter: %g after %d adds\n', coder.ceval('ct_counter_value', cnt), coder.ceval('ct_counter_count', cnt));  % 20 after 4
coder.ceval('ct_counter_free', cnt);

coder.ceval('ct_set_flag', int32(7));
fprintf('flag: %d\n', coder.ceval('ct_get_flag'));    % 7
% mcc always takes the generated-code path
if coder.target('MATLAB')
  disp('MATLAB path');
else
  disp('C path');
end
