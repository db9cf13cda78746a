% RUN: rm -rf %t && mkdir -p %t/lib
% RUN: cp %s %t/depfile.m && cp %S/Inputs/dep_helper.m %t/lib/
% RUN: %mcc -M %t/depfile.m -I %t/lib -o %t/prog | FileCheck %s --check-prefix=RULE
% RUN: %mcc -MD %t/depfile.m -I %t/lib -o %t/prog && FileCheck %s --check-prefix=RULE < %t/prog.d
% RUN: %mcc -c %t/depfile.m -I %t/lib -o %t/prog.o -MD -MF %t/deps.txt && FileCheck %s --check-prefix=OBJ < %t/deps.txt
% RUN: llvm-nm %t/prog.o | FileCheck %s --check-prefix=SYMS
% -M prints the .m files a program reaches as a make rule (and compiles
% nothing); -MD writes it beside the output while compiling, -MF elsewhere;
% -c writes an object file to link with the runtime yourself.
fprintf('%d\n', dep_helper(20));
% RULE: {{.*}}prog: {{.*}}depfile.m {{.*}}lib/dep_helper.m
% OBJ: {{.*}}prog.o: {{.*}}depfile.m {{.*}}lib/dep_helper.m
% SYMS: T main
% SYMS: U mcc_init
