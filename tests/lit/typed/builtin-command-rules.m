% RUN: %mcc --emit=typed %s | FileCheck %s
% Commands give nothing when no output is asked for (so nothing becomes
% ans); rng and pause only with a numeric argument, as rng() and
% pause('query') give a value. Builtins whose result depends on run-time
% values (feval, str2num, cellfun) stay unknown.
clc;
warning('off', 'all');
assert(true);
rng(0);
pause(0);
tic;
narginchk(0, 0);
v = str2num('[1 2]');
w = feval(@sin, 1);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function builtin-command-rules() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = call builtin clc nargout=0 : none  ; line 6
% CHECK-NEXT:   setans %0  ; line 6
% CHECK-NEXT:   %1 = const 'off' : char 1x3  ; line 7
% CHECK-NEXT:   %2 = const 'all' : char 1x3  ; line 7
% CHECK-NEXT:   %3 = call builtin warning nargout=0 %1, %2 : none  ; line 7
% CHECK-NEXT:   setans %3  ; line 7
% CHECK-NEXT:   %4 = call builtin true nargout=1 : logical scalar  ; line 8
% CHECK-NEXT:   %5 = call builtin assert nargout=0 %4 : none  ; line 8
% CHECK-NEXT:   setans %5  ; line 8
% CHECK-NEXT:   %6 = const 0 : double scalar  ; line 9
% CHECK-NEXT:   %7 = call builtin rng nargout=0 %6 : none  ; line 9
% CHECK-NEXT:   setans %7  ; line 9
% CHECK-NEXT:   %8 = const 0 : double scalar  ; line 10
% CHECK-NEXT:   %9 = call builtin pause nargout=0 %8 : none  ; line 10
% CHECK-NEXT:   setans %9  ; line 10
% CHECK-NEXT:   %10 = call builtin tic nargout=0 : none  ; line 11
% CHECK-NEXT:   setans %10  ; line 11
% CHECK-NEXT:   %11 = const 0 : double scalar  ; line 12
% CHECK-NEXT:   %12 = const 0 : double scalar  ; line 12
% CHECK-NEXT:   %13 = call builtin narginchk nargout=0 %11, %12 : none  ; line 12
% CHECK-NEXT:   setans %13  ; line 12
% CHECK-NEXT:   %14 = const '[1 2]' : char 1x5  ; line 13
% CHECK-NEXT:   %15 = call builtin str2num nargout=1 %14 : ?  ; line 13
% CHECK-NEXT:   %16 = fhandle @sin : function_handle @sin  ; line 14
% CHECK-NEXT:   %17 = const 1 : double scalar  ; line 14
% CHECK-NEXT:   %18 = callhandle direct sin nargout=1 %16, %17 : ?  ; line 14
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
