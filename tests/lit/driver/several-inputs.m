% RUN: not %mcc -fsyntax-only %S/Inputs/valid.m %S/nope1.m %S/Inputs/bad.m %S/nope2.m 2>&1 | FileCheck %s
% Every missing input is reported before anything is parsed; then mcc stops
% (exit 1) without reporting the syntax error in bad.m.
% CHECK: mcc: error: cannot open '{{.*}}nope1.m': No such file or directory
% CHECK-NEXT: mcc: error: cannot open '{{.*}}nope2.m': No such file or directory
% CHECK-NOT: bad.m
