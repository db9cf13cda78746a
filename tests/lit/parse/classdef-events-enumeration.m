% RUN: %mcc --emit=ast %s | FileCheck %s
% Events blocks list event names, one per line; enumeration blocks list
% members, each with optional constructor arguments, one per line or
% separated by ','.
classdef Color < int32
  events (ListenAccess = public)
    Changed
    Deleted
  end
  enumeration
    Red (1)
    Green (2), Blue (3)
    Black
  end
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File classdef {{.*}}classdef-events-enumeration.m
% CHECK-NEXT:   ClassDef Color < int32 <5:1-15:4>
% CHECK-NEXT:     Events <6:3-9:6>
% CHECK-NEXT:       Attribute ListenAccess <6:11-6:32>
% CHECK-NEXT:         value: Ident public <6:26-6:32>
% CHECK-NEXT:       Event Changed <7:5-7:12>
% CHECK-NEXT:       Event Deleted <8:5-8:12>
% CHECK-NEXT:     EnumMember Red <11:5-11:12>
% CHECK-NEXT:       arg: Number 1 value=1 <11:10-11:11>
% CHECK-NEXT:     EnumMember Green <12:5-12:14>
% CHECK-NEXT:       arg: Number 2 value=2 <12:12-12:13>
% CHECK-NEXT:     EnumMember Blue <12:16-12:24>
% CHECK-NEXT:       arg: Number 3 value=3 <12:22-12:23>
% CHECK-NEXT:     EnumMember Black <13:5-13:10>
