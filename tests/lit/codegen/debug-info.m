% RUN: %mcc -g -O0 --emit=llvm %s | FileCheck %s
% -g: DWARF line info. Each function is a subprogram of the .m file, and the
% code of each statement carries its .m line and column.
x = [1 2 3];
y = helper(x);
function r = helper(v)
  r = v(2) * 2;
end
% CHECK: !DICompileUnit(language: DW_LANG_C, file: [[FILE:![0-9]+]], producer: "mcc"
% CHECK: [[FILE]] = !DIFile(filename: "debug-info.m"
% CHECK-DAG: !DISubprogram(name: "debug-info", linkageName: "mcc_fn0"
% CHECK-DAG: !DISubprogram(name: "helper", linkageName: "mcc_fn1", {{.*}}line: 6
% CHECK-DAG: !DILocation(line: 4, column: 5
% CHECK-DAG: !DILocation(line: 7, column: 7
