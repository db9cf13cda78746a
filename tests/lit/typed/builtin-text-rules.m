% RUN: %mcc --emit=typed %s | FileCheck %s
% Text results: getenv, strtrim, deblank, dec2bin may be '' (0x0) or a
% matrix, so only their class is certain; class, pwd, blanks and date are
% char rows; str2double of text is a double scalar whose complexity depends
% on the text ('1+2i'); contains and its kin of char arguments are logical
% scalars, isa and isfield with a literal name too.
a = getenv('HOME');
b = strtrim(a);
c = deblank('  x  ');
d = dec2bin(5);
e = class(3);
f = pwd();
g = blanks(3);
h = str2double('2.5');
k = str2double(7);
m = contains('abc', 'b');
n = startsWith(a, '/');
p = isa(h, 'double');
s = struct('f', 1);
q = isfield(s, 'f');
r = date();

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function builtin-text-rules() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 'HOME' : char 1x4  ; line 7
% CHECK-NEXT:   %1 = call builtin getenv nargout=1 %0 : char ?x?  ; line 7
% CHECK-NEXT:   %2 = call builtin strtrim nargout=1 %1 : char ?x?  ; line 8
% CHECK-NEXT:   %3 = const '  x  ' : char 1x5  ; line 9
% CHECK-NEXT:   %4 = call builtin deblank nargout=1 %3 : char ?x?  ; line 9
% CHECK-NEXT:   %5 = const 5 : double scalar  ; line 10
% CHECK-NEXT:   %6 = call builtin dec2bin nargout=1 %5 : char ?x?  ; line 10
% CHECK-NEXT:   %7 = const 3 : double scalar  ; line 11
% CHECK-NEXT:   %8 = call builtin class nargout=1 %7 : char 1x?  ; line 11
% CHECK-NEXT:   %9 = call builtin pwd nargout=1 : char 1x?  ; line 12
% CHECK-NEXT:   %10 = const 3 : double scalar  ; line 13
% CHECK-NEXT:   %11 = call builtin blanks nargout=1 %10 : char 1x?  ; line 13
% CHECK-NEXT:   %12 = const '2.5' : char 1x3  ; line 14
% CHECK-NEXT:   %13 = call builtin str2double nargout=1 %12 : double real? scalar  ; line 14
% CHECK-NEXT:   %14 = const 7 : double scalar  ; line 15
% CHECK-NEXT:   %15 = call builtin str2double nargout=1 %14 : double scalar  ; line 15
% CHECK-NEXT:   %16 = const 'abc' : char 1x3  ; line 16
% CHECK-NEXT:   %17 = const 'b' : char scalar  ; line 16
% CHECK-NEXT:   %18 = call builtin contains nargout=1 %16, %17 : logical scalar  ; line 16
% CHECK-NEXT:   %19 = const '/' : char scalar  ; line 17
% CHECK-NEXT:   %20 = call builtin startsWith nargout=1 %1, %19 : logical scalar  ; line 17
% CHECK-NEXT:   %21 = const 'double' : char 1x6  ; line 18
% CHECK-NEXT:   %22 = call builtin isa nargout=1 %13, %21 : logical scalar  ; line 18
% CHECK-NEXT:   %23 = const 'f' : char scalar  ; line 19
% CHECK-NEXT:   %24 = const 1 : double scalar  ; line 19
% CHECK-NEXT:   %26 = const 'f' : char scalar  ; line 20
% CHECK-NEXT:   %31 = call builtin struct nargout=1 : struct {}  ; line 19
% CHECK-NEXT:   %32 = setfield f %31, %24 : struct {f: double scalar}  ; line 19
% CHECK-NEXT:   %27 = call builtin isfield nargout=1 %32, %26 : logical scalar  ; line 20
% CHECK-NEXT:   %28 = call builtin date nargout=1 : char 1x?  ; line 21
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
