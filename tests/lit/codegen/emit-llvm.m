% RUN: %mcc --emit=llvm -O0 %s | FileCheck %s
% --emit=llvm prints the module: a C main that initialises the runtime with
% its ABI version, runs the script (every function takes nargin and nargout
% first) and flushes; scalar code is plain double
% arithmetic over SSA values, and fprintf is a call into the runtime.
s = 0;
for k = 1:3
  s = s + k * 2;
end
fprintf('%d\n', s);
% CHECK: define {{.*}}void @mcc_fn0(double %0, double %1)
% CHECK: phi double
% CHECK: fmul double
% CHECK: fadd double
% CHECK: call double @mcc_fprintf(double 1.000000e+00
% CHECK: define i32 @main(i32 %0, ptr %1)
% CHECK: call void @mcc_init(i32 %0, ptr %1, i32 {{[0-9]+}})
% CHECK: call i32 @mcc_finish()
