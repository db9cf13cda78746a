% RUN: %mcc --emit=ast %s | FileCheck %s
% In a function, parameters and names that a statement before assigned or
% declared (=, multiple assignment, indexed or field assignment, for loop
% variables, global, catch identifiers) are variables, so `name -1` after
% them is an expression. Other names still start commands, and each local
% function has its own variables.
function r = f(p)
  p -1
  q -1
  [q, s] = deal(1, 2);
  q -1
  s -1
  for k = 1:2
  end
  k -1
  t.x = 1;
  t -1
  u(3) = 1;
  u -1
  global g
  g -1
  try
  catch err
  end
  err -1
end

function h
  p -1
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File function {{.*}}command-variables-in-functions.m
% CHECK-NEXT:   Function f outputs=(r) params=(p) end <7:1-26:4>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Expr display <8:3-8:7>
% CHECK-NEXT:         Binary minus <8:3-8:7>
% CHECK-NEXT:           Ident p <8:3-8:4>
% CHECK-NEXT:           Number 1 value=1 <8:6-8:7>
% CHECK-NEXT:       Command q '-1' display <9:3-9:7>
% CHECK-NEXT:       Assign multi <10:3-10:22>
% CHECK-NEXT:         lhs: Ident q <10:4-10:5>
% CHECK-NEXT:         lhs: Ident s <10:7-10:8>
% CHECK-NEXT:         rhs: Index () <10:12-10:22>
% CHECK-NEXT:           base: Ident deal <10:12-10:16>
% CHECK-NEXT:           arg: Number 1 value=1 <10:17-10:18>
% CHECK-NEXT:           arg: Number 2 value=2 <10:20-10:21>
% CHECK-NEXT:       Expr display <11:3-11:7>
% CHECK-NEXT:         Binary minus <11:3-11:7>
% CHECK-NEXT:           Ident q <11:3-11:4>
% CHECK-NEXT:           Number 1 value=1 <11:6-11:7>
% CHECK-NEXT:       Expr display <12:3-12:7>
% CHECK-NEXT:         Binary minus <12:3-12:7>
% CHECK-NEXT:           Ident s <12:3-12:4>
% CHECK-NEXT:           Number 1 value=1 <12:6-12:7>
% CHECK-NEXT:       For <13:3-14:6>
% CHECK-NEXT:         var: Ident k <13:7-13:8>
% CHECK-NEXT:         iter: Range <13:11-13:14>
% CHECK-NEXT:           first: Number 1 value=1 <13:11-13:12>
% CHECK-NEXT:           last: Number 2 value=2 <13:13-13:14>
% CHECK-NEXT:         body:
% CHECK-NEXT:       Expr display <15:3-15:7>
% CHECK-NEXT:         Binary minus <15:3-15:7>
% CHECK-NEXT:           Ident k <15:3-15:4>
% CHECK-NEXT:           Number 1 value=1 <15:6-15:7>
% CHECK-NEXT:       Assign <16:3-16:10>
% CHECK-NEXT:         lhs: Field x <16:3-16:6>
% CHECK-NEXT:           base: Ident t <16:3-16:4>
% CHECK-NEXT:         rhs: Number 1 value=1 <16:9-16:10>
% CHECK-NEXT:       Expr display <17:3-17:7>
% CHECK-NEXT:         Binary minus <17:3-17:7>
% CHECK-NEXT:           Ident t <17:3-17:4>
% CHECK-NEXT:           Number 1 value=1 <17:6-17:7>
% CHECK-NEXT:       Assign <18:3-18:11>
% CHECK-NEXT:         lhs: Index () <18:3-18:7>
% CHECK-NEXT:           base: Ident u <18:3-18:4>
% CHECK-NEXT:           arg: Number 3 value=3 <18:5-18:6>
% CHECK-NEXT:         rhs: Number 1 value=1 <18:10-18:11>
% CHECK-NEXT:       Expr display <19:3-19:7>
% CHECK-NEXT:         Binary minus <19:3-19:7>
% CHECK-NEXT:           Ident u <19:3-19:4>
% CHECK-NEXT:           Number 1 value=1 <19:6-19:7>
% CHECK-NEXT:       Global g <20:3-20:11>
% CHECK-NEXT:       Expr display <21:3-21:7>
% CHECK-NEXT:         Binary minus <21:3-21:7>
% CHECK-NEXT:           Ident g <21:3-21:4>
% CHECK-NEXT:           Number 1 value=1 <21:6-21:7>
% CHECK-NEXT:       Try <22:3-24:6>
% CHECK-NEXT:         body:
% CHECK-NEXT:         catch err:
% CHECK-NEXT:       Expr display <25:3-25:9>
% CHECK-NEXT:         Binary minus <25:3-25:9>
% CHECK-NEXT:           Ident err <25:3-25:6>
% CHECK-NEXT:           Number 1 value=1 <25:8-25:9>
% CHECK-NEXT:   Function h outputs=() params=() end <28:1-30:4>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Command p '-1' display <29:3-29:7>
