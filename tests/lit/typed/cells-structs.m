% RUN: %mcc --emit=typed %s | FileCheck %s
% Cells and structs are boxed values of class cell and struct: a literal
% has its size, s.f = v makes a record (a 1x1 struct of known fields, kept
% as its fields: s.a reads the value assigned), a value read from a cell is of
% unknown type (boxed, dispatched at run time), and c{:} as arguments is a
% list whose length the call learns at run time.
c = {1, 'two'; 3, 4};
s.a = 1;
s.b = c{1, 2};
x = c{2, 1} + s.a;
fprintf('%g %s\n', x, s.b);
fprintf('%g\n', c{:, 1});

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function cells-structs() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   %1 = const 'two' : char 1x3  ; line 7
% CHECK-NEXT:   %2 = const 3 : double scalar  ; line 7
% CHECK-NEXT:   %3 = const 4 : double scalar  ; line 7
% CHECK-NEXT:   %4 = cell rows=[2,2] %0, %1, %2, %3 : cell 2x2  ; line 7
% CHECK-NEXT:   %5 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   %6 = const [] : double 0x0  ; line 8
% CHECK-NEXT:   %8 = const 1 : double scalar  ; line 9
% CHECK-NEXT:   %9 = const 2 : double scalar  ; line 9
% CHECK-NEXT:   %10 = cellref %4, %8, %9 : ?  ; line 9
% CHECK-NEXT:   %12 = const 2 : double scalar  ; line 10
% CHECK-NEXT:   %13 = const 1 : double scalar  ; line 10
% CHECK-NEXT:   %14 = cellref %4, %12, %13 : ?  ; line 10
% CHECK-NEXT:   %16 = binary plus %14, %5 : ?  ; line 10
% CHECK-NEXT:   %17 = const '%g %s\\n' : char 1x7  ; line 11
% CHECK-NEXT:   %19 = call builtin fprintf nargout=0 %17, %16, %10 : none  ; line 11
% CHECK-NEXT:   setans %19  ; line 11
% CHECK-NEXT:   %20 = const '%g\\n' : char 1x4  ; line 12
% CHECK-NEXT:   %21 = const : : ?  ; line 12
% CHECK-NEXT:   %22 = const 1 : double scalar  ; line 12
% CHECK-NEXT:   %23 = cellref list %4, %21, %22 : ?  ; line 12
% CHECK-NEXT:   %24 = call builtin fprintf nargout=0 %20, ...%23 : ?  ; line 12
% CHECK-NEXT:   setans %24  ; line 12
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
