% RUN: %mcc --emit=ast %s | FileCheck %s
% Octave closes blocks with specific keywords: endif, endwhile, endfor,
% endparfor, endswitch, end_try_catch; they parse as `end` does.
if x
  y = 1;
endif
while x
  x = x - 1;
endwhile
for k = 1:3
endfor
parfor i = 1:3
endparfor
switch x
  case 1
endswitch
try
  error('x');
catch e
end_try_catch

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}octave-end-keywords.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     If <4:1-6:6>
% CHECK-NEXT:       cond: Ident x <4:4-4:5>
% CHECK-NEXT:       then:
% CHECK-NEXT:         Assign <5:3-5:8>
% CHECK-NEXT:           lhs: Ident y <5:3-5:4>
% CHECK-NEXT:           rhs: Number 1 value=1 <5:7-5:8>
% CHECK-NEXT:     While <7:1-9:9>
% CHECK-NEXT:       cond: Ident x <7:7-7:8>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <8:3-8:12>
% CHECK-NEXT:           lhs: Ident x <8:3-8:4>
% CHECK-NEXT:           rhs: Binary minus <8:7-8:12>
% CHECK-NEXT:             Ident x <8:7-8:8>
% CHECK-NEXT:             Number 1 value=1 <8:11-8:12>
% CHECK-NEXT:     For <10:1-11:7>
% CHECK-NEXT:       var: Ident k <10:5-10:6>
% CHECK-NEXT:       iter: Range <10:9-10:12>
% CHECK-NEXT:         first: Number 1 value=1 <10:9-10:10>
% CHECK-NEXT:         last: Number 3 value=3 <10:11-10:12>
% CHECK-NEXT:       body:
% CHECK-NEXT:     Parfor <12:1-13:10>
% CHECK-NEXT:       var: Ident i <12:8-12:9>
% CHECK-NEXT:       iter: Range <12:12-12:15>
% CHECK-NEXT:         first: Number 1 value=1 <12:12-12:13>
% CHECK-NEXT:         last: Number 3 value=3 <12:14-12:15>
% CHECK-NEXT:       body:
% CHECK-NEXT:     Switch <14:1-16:10>
% CHECK-NEXT:       subject: Ident x <14:8-14:9>
% CHECK-NEXT:       case: Number 1 value=1 <15:8-15:9>
% CHECK-NEXT:       then:
% CHECK-NEXT:     Try <17:1-20:14>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Expr <18:3-18:13>
% CHECK-NEXT:           Index () <18:3-18:13>
% CHECK-NEXT:             base: Ident error <18:3-18:8>
% CHECK-NEXT:             arg: Char 'x' <18:9-18:12>
% CHECK-NEXT:       catch e:
