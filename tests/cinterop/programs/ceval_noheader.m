% coder.ceval without a header, as MATLAB Coder compiles it: each argument
% by value as the C type of its class (double, int32_t...), arrays and
% coder.ref values by pointer, and a double result. ct.c is compiled and
% linked with the program (coder.updateBuildInfo).
coder.updateBuildInfo('addSourceFiles', '../ct.c');
s = coder.ceval('ct_add', 1, 2.5);
fprintf('ct_add: %g\n', s);                            % 3.5
v = [1 2 3];
coder.ceval('ct_scale', coder.ref(v), int32(3), 10);
fprintf('ct_scale: %g %g %g\n', v);                    % 10 20 30
t = coder.ceval('ct_sum', v, int32(3));
fprintf('ct_sum: %g\n', t);                            % 60
coder.ceval('ct_set_flag', int32(-4));
