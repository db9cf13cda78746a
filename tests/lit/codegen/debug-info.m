% RUN: %mcc -g -O0 --emit=llvm %s | FileCheck %s
% -g: DWARF. Functions are subprograms with their MATLAB names, statements
% carry .m lines and columns, and scalar variables are local variables.
x = [1 2 3];
y = helper(x);
function r = helper(v)
  r = v(2) * 2;
end
% CHECK: !DICompileUnit(language: DW_LANG_C, file: [[FILE:![0-9]+]], producer: "mcc"
% CHECK: [[FILE]] = !DIFile(filename: "debug-info.m"
% CHECK-DAG: !DISubprogram(name: "debug-info", scope:
% CHECK-DAG: !DISubprogram(name: "helper", scope: {{.*}}line: 6
% CHECK-DAG: !DILocalVariable(name: "r", {{.*}}line: 7, type: [[DOUBLE:![0-9]+]])
% CHECK-DAG: [[DOUBLE]] = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
% CHECK-DAG: !DILocation(line: 4, column: 5
% CHECK-DAG: !DILocation(line: 7, column: 7
