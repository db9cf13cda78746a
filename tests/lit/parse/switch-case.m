% RUN: %mcc --emit=ast %s | FileCheck %s
% switch / case / otherwise. A case value may be a number, a char vector, a
% string, or a cell array (matching any of its elements); a case may be
% empty; blank lines and comments may stand between the subject and the
% first case.
switch s
  % a comment before the first case
  case {'a', 'b'}
    y = 1;
  case 'c'
    y = 2;
  case "d"
  case {1, 2, 3}
    y = 3;
  otherwise
    y = 4;
end
switch n, case 1, y = 1; otherwise, y = 2; end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}switch-case.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Switch <6:1-17:4>
% CHECK-NEXT:       subject: Ident s <6:8-6:9>
% CHECK-NEXT:       case: Cell rows=1 <8:8-8:18>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Char 'a' <8:9-8:12>
% CHECK-NEXT:           Char 'b' <8:14-8:17>
% CHECK-NEXT:       then:
% CHECK-NEXT:         Assign <9:5-9:10>
% CHECK-NEXT:           lhs: Ident y <9:5-9:6>
% CHECK-NEXT:           rhs: Number 1 value=1 <9:9-9:10>
% CHECK-NEXT:       case: Char 'c' <10:8-10:11>
% CHECK-NEXT:       then:
% CHECK-NEXT:         Assign <11:5-11:10>
% CHECK-NEXT:           lhs: Ident y <11:5-11:6>
% CHECK-NEXT:           rhs: Number 2 value=2 <11:9-11:10>
% CHECK-NEXT:       case: String "d" <12:8-12:11>
% CHECK-NEXT:       then:
% CHECK-NEXT:       case: Cell rows=1 <13:8-13:17>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <13:9-13:10>
% CHECK-NEXT:           Number 2 value=2 <13:12-13:13>
% CHECK-NEXT:           Number 3 value=3 <13:15-13:16>
% CHECK-NEXT:       then:
% CHECK-NEXT:         Assign <14:5-14:10>
% CHECK-NEXT:           lhs: Ident y <14:5-14:6>
% CHECK-NEXT:           rhs: Number 3 value=3 <14:9-14:10>
% CHECK-NEXT:       otherwise:
% CHECK-NEXT:         Assign <16:5-16:10>
% CHECK-NEXT:           lhs: Ident y <16:5-16:6>
% CHECK-NEXT:           rhs: Number 4 value=4 <16:9-16:10>
% CHECK-NEXT:     Switch <18:1-18:47>
% CHECK-NEXT:       subject: Ident n <18:8-18:9>
% CHECK-NEXT:       case: Number 1 value=1 <18:16-18:17>
% CHECK-NEXT:       then:
% CHECK-NEXT:         Assign <18:19-18:24>
% CHECK-NEXT:           lhs: Ident y <18:19-18:20>
% CHECK-NEXT:           rhs: Number 1 value=1 <18:23-18:24>
% CHECK-NEXT:       otherwise:
% CHECK-NEXT:         Assign <18:37-18:42>
% CHECK-NEXT:           lhs: Ident y <18:37-18:38>
% CHECK-NEXT:           rhs: Number 2 value=2 <18:41-18:42>
