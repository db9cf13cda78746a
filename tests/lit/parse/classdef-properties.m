% RUN: %mcc --emit=ast %s | FileCheck %s
% A classdef file: class attributes (a bare name, a negated ~name, name =
% value), superclasses joined by '&' (dotted names allowed), and properties
% blocks with attributes whose values may be cells of ?Class meta-classes.
% Property lines use the same `name (dims) class {validators} = default` form
% as arguments blocks; a trailing ';' is allowed.
classdef (Sealed, ~Hidden, Abstract = false) Point < handle & matlab.mixin.Copyable
  properties (Access = private, SetAccess = {?Other, ?pkg.Friend})
    X (1,1) double {mustBeReal} = 0
    Y = 1;
    Z
  end
  properties (Constant)
    Origin = [0 0]
  end
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File classdef {{.*}}classdef-properties.m
% CHECK-NEXT:   ClassDef Point < handle & matlab.mixin.Copyable <7:1-16:4>
% CHECK-NEXT:     Attribute Sealed <7:11-7:17>
% CHECK-NEXT:     Attribute ~Hidden <7:19-7:26>
% CHECK-NEXT:     Attribute Abstract <7:28-7:44>
% CHECK-NEXT:       value: Ident false <7:39-7:44>
% CHECK-NEXT:     Properties <8:3-12:6>
% CHECK-NEXT:       Attribute Access <8:15-8:31>
% CHECK-NEXT:         value: Ident private <8:24-8:31>
% CHECK-NEXT:       Attribute SetAccess <8:33-8:66>
% CHECK-NEXT:         value: Cell rows=1 <8:45-8:66>
% CHECK-NEXT:           row:
% CHECK-NEXT:             MetaClass ?Other <8:46-8:52>
% CHECK-NEXT:             MetaClass ?pkg.Friend <8:54-8:65>
% CHECK-NEXT:       Property class=double <9:5-9:36>
% CHECK-NEXT:         name: Ident X <9:5-9:6>
% CHECK-NEXT:         dims:
% CHECK-NEXT:           Number 1 value=1 <9:8-9:9>
% CHECK-NEXT:           Number 1 value=1 <9:10-9:11>
% CHECK-NEXT:         validator: Ident mustBeReal <9:21-9:31>
% CHECK-NEXT:         default: Number 0 value=0 <9:35-9:36>
% CHECK-NEXT:       Property <10:5-10:10>
% CHECK-NEXT:         name: Ident Y <10:5-10:6>
% CHECK-NEXT:         default: Number 1 value=1 <10:9-10:10>
% CHECK-NEXT:       Property <11:5-11:6>
% CHECK-NEXT:         name: Ident Z <11:5-11:6>
% CHECK-NEXT:     Properties <13:3-15:6>
% CHECK-NEXT:       Attribute Constant <13:15-13:23>
% CHECK-NEXT:       Property <14:5-14:19>
% CHECK-NEXT:         name: Ident Origin <14:5-14:11>
% CHECK-NEXT:         default: Matrix rows=1 <14:14-14:19>
% CHECK-NEXT:           row:
% CHECK-NEXT:             Number 0 value=0 <14:15-14:16>
% CHECK-NEXT:             Number 0 value=0 <14:17-14:18>
