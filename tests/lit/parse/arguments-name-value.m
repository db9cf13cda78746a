% RUN: %mcc --emit=ast %s | FileCheck %s
% Name=value arguments are declared as `opts.Name` in an arguments block;
% the name is a Field node on the structure name, and its range covers both.
function f(opts)
  arguments
    opts.Name (1,1) string = "n"
    opts.Count double {mustBeInteger(opts.Count)} = 1
    opts.Size (:,:,3)
  end
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File function {{.*}}arguments-name-value.m
% CHECK-NEXT:   Function f outputs=() params=(opts) end <4:1-10:4>
% CHECK-NEXT:     Arguments <5:3-9:6>
% CHECK-NEXT:       Argument class=string <6:5-6:33>
% CHECK-NEXT:         name: Field Name <6:5-6:14>
% CHECK-NEXT:           base: Ident opts <6:5-6:9>
% CHECK-NEXT:         dims:
% CHECK-NEXT:           Number 1 value=1 <6:16-6:17>
% CHECK-NEXT:           Number 1 value=1 <6:18-6:19>
% CHECK-NEXT:         default: String "n" <6:30-6:33>
% CHECK-NEXT:       Argument class=double <7:5-7:54>
% CHECK-NEXT:         name: Field Count <7:5-7:15>
% CHECK-NEXT:           base: Ident opts <7:5-7:9>
% CHECK-NEXT:         validator: Index () <7:24-7:49>
% CHECK-NEXT:           base: Ident mustBeInteger <7:24-7:37>
% CHECK-NEXT:           arg: Field Count <7:38-7:48>
% CHECK-NEXT:             base: Ident opts <7:38-7:42>
% CHECK-NEXT:         default: Number 1 value=1 <7:53-7:54>
% CHECK-NEXT:       Argument <8:5-8:22>
% CHECK-NEXT:         name: Field Size <8:5-8:14>
% CHECK-NEXT:           base: Ident opts <8:5-8:9>
% CHECK-NEXT:         dims:
% CHECK-NEXT:           Colon <8:16-8:17>
% CHECK-NEXT:           Colon <8:18-8:19>
% CHECK-NEXT:           Number 3 value=3 <8:20-8:21>
% CHECK-NEXT:     body:
