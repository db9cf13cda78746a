% RUN: %mcc --emit=ast %S/Inputs/valid.m | FileCheck %s
% RUN: %mcc --emit=tokens %S/Inputs/valid.m | FileCheck --check-prefix=TOK %s
% --emit=ast and --emit=tokens print to stdout and exit 0 on a valid file.
% CHECK: File script {{.*}}valid.m
% CHECK: Assign <1:1-1:6>
% TOK: 1:1 Ident 'x'
% TOK: 3:1 Eof
