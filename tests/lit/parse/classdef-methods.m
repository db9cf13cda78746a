% RUN: %mcc --emit=ast %s | FileCheck %s
% Methods blocks hold function definitions (a constructor, get./set. property
% accessors whose names are dotted) and, for methods defined in their own
% files or abstract ones, bare signatures: `r = name(args)`, `[a, b] =
% name(args)` or `name(args)` with no body. A local function may follow the
% classdef's `end`.
classdef Point
  methods
    function obj = Point(x)
      obj.X = x;
    end
    function v = get.X(obj)
      v = obj.X;
    end
    function obj = set.X(obj, v)
      obj.X = v;
    end
    r = norm(obj)
    [a, b] = coords(obj, flag)
    reset(obj)
  end
  methods (Static, Access = protected)
    function p = origin()
      p = helper();
    end
  end
end

function p = helper
  p = 0;
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File classdef {{.*}}classdef-methods.m
% CHECK-NEXT:   ClassDef Point <7:1-27:4>
% CHECK-NEXT:     Methods <8:3-21:6>
% CHECK-NEXT:       Function Point outputs=(obj) params=(x) end <9:5-11:8>
% CHECK-NEXT:         body:
% CHECK-NEXT:           Assign <10:7-10:16>
% CHECK-NEXT:             lhs: Field X <10:7-10:12>
% CHECK-NEXT:               base: Ident obj <10:7-10:10>
% CHECK-NEXT:             rhs: Ident x <10:15-10:16>
% CHECK-NEXT:       Function get.X outputs=(v) params=(obj) end <12:5-14:8>
% CHECK-NEXT:         body:
% CHECK-NEXT:           Assign <13:7-13:16>
% CHECK-NEXT:             lhs: Ident v <13:7-13:8>
% CHECK-NEXT:             rhs: Field X <13:11-13:16>
% CHECK-NEXT:               base: Ident obj <13:11-13:14>
% CHECK-NEXT:       Function set.X outputs=(obj) params=(obj, v) end <15:5-17:8>
% CHECK-NEXT:         body:
% CHECK-NEXT:           Assign <16:7-16:16>
% CHECK-NEXT:             lhs: Field X <16:7-16:12>
% CHECK-NEXT:               base: Ident obj <16:7-16:10>
% CHECK-NEXT:             rhs: Ident v <16:15-16:16>
% CHECK-NEXT:       Signature norm outputs=(r) params=(obj) <18:5-18:18>
% CHECK-NEXT:       Signature coords outputs=(a, b) params=(obj, flag) <19:5-19:31>
% CHECK-NEXT:       Signature reset outputs=() params=(obj) <20:5-20:15>
% CHECK-NEXT:     Methods <22:3-26:6>
% CHECK-NEXT:       Attribute Static <22:12-22:18>
% CHECK-NEXT:       Attribute Access <22:20-22:38>
% CHECK-NEXT:         value: Ident protected <22:29-22:38>
% CHECK-NEXT:       Function origin outputs=(p) params=() end <23:5-25:8>
% CHECK-NEXT:         body:
% CHECK-NEXT:           Assign <24:7-24:19>
% CHECK-NEXT:             lhs: Ident p <24:7-24:8>
% CHECK-NEXT:             rhs: Index () <24:11-24:19>
% CHECK-NEXT:               base: Ident helper <24:11-24:17>
% CHECK-NEXT:   Function helper outputs=(p) params=() end <29:1-31:4>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Assign <30:3-30:8>
% CHECK-NEXT:         lhs: Ident p <30:3-30:4>
% CHECK-NEXT:         rhs: Number 0 value=0 <30:7-30:8>
