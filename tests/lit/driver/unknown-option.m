% RUN: not %mcc --bogus %S/Inputs/valid.m 2>&1 | FileCheck %s
% RUN: not %mcc -fbogus %S/Inputs/valid.m 2>&1 | FileCheck --check-prefix=FLAG %s
% RUN: %python %S/Inputs/expect-status.py 1 %mcc --bogus %S/Inputs/valid.m
% An unknown option is an error (exit 1) that names it; nothing is compiled.
% CHECK: mcc: error: unrecognised option '--bogus'
% CHECK-NEXT: usage: mcc [options] main.m [more.m ...]
% FLAG: mcc: error: unknown option '-fbogus'
