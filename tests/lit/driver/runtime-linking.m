% RUN: %mcc %s -o %t.static && %t.static | FileCheck %s
% RUN: llvm-readelf -d %t.static | FileCheck %s --check-prefix=STATIC
% RUN: %mcc --shared-runtime %s -o %t.shared && %t.shared | FileCheck %s
% RUN: llvm-readelf -d %t.shared | FileCheck %s --check-prefix=SHARED
% RUN: %mcc -s %s -o %t.stripped && %t.stripped | FileCheck %s
% RUN: llvm-readelf -S %t.stripped | FileCheck %s --check-prefix=STRIPPED
% The runtime is linked statically by default; --shared-runtime links
% libmcc_runtime.so; -s strips.
fprintf('%g\n', sum([1 2 3]));
% CHECK: 6
% STATIC-NOT: libmcc_runtime
% SHARED: NEEDED{{.*}}libmcc_runtime.so
% STRIPPED-NOT: .symtab
