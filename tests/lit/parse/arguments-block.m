% RUN: %mcc --emit=ast %s | FileCheck %s
% Function argument validation: each line is `name (dims) class {validators}
% = default`, every part optional. Dimensions may use ':' for "any size";
% validators are a list of names or calls; the class may be dotted. Block
% attributes (Repeating), (Output) are recorded on the block. Inside an
% arguments block a line is never command syntax (`varargin` alone is a
% declaration).
function r = f(x, y, z, varargin)
  arguments
    x (1,:) double {mustBeNumeric, mustBeFinite}
    y (1,1) string = "abc"
    z {mustBeMember(z, ["a", "b"])} = "a"
  end
  arguments (Repeating)
    varargin
  end
  arguments (Output)
    r (1,1) matlab.lang.OnOffSwitchState
  end
  r = x;
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File function {{.*}}arguments-block.m
% CHECK-NEXT:   Function f outputs=(r) params=(x, y, z, varargin) end <8:1-21:4>
% CHECK-NEXT:     Arguments <9:3-13:6>
% CHECK-NEXT:       Argument class=double <10:5-10:49>
% CHECK-NEXT:         name: Ident x <10:5-10:6>
% CHECK-NEXT:         dims:
% CHECK-NEXT:           Number 1 value=1 <10:8-10:9>
% CHECK-NEXT:           Colon <10:10-10:11>
% CHECK-NEXT:         validator: Ident mustBeNumeric <10:21-10:34>
% CHECK-NEXT:         validator: Ident mustBeFinite <10:36-10:48>
% CHECK-NEXT:       Argument class=string <11:5-11:27>
% CHECK-NEXT:         name: Ident y <11:5-11:6>
% CHECK-NEXT:         dims:
% CHECK-NEXT:           Number 1 value=1 <11:8-11:9>
% CHECK-NEXT:           Number 1 value=1 <11:10-11:11>
% CHECK-NEXT:         default: String "abc" <11:22-11:27>
% CHECK-NEXT:       Argument <12:5-12:42>
% CHECK-NEXT:         name: Ident z <12:5-12:6>
% CHECK-NEXT:         validator: Index () <12:8-12:35>
% CHECK-NEXT:           base: Ident mustBeMember <12:8-12:20>
% CHECK-NEXT:           arg: Ident z <12:21-12:22>
% CHECK-NEXT:           arg: Matrix rows=1 <12:24-12:34>
% CHECK-NEXT:             row:
% CHECK-NEXT:               String "a" <12:25-12:28>
% CHECK-NEXT:               String "b" <12:30-12:33>
% CHECK-NEXT:         default: String "a" <12:39-12:42>
% CHECK-NEXT:     Arguments <14:3-16:6>
% CHECK-NEXT:       Attribute Repeating <14:14-14:23>
% CHECK-NEXT:       Argument <15:5-15:13>
% CHECK-NEXT:         name: Ident varargin <15:5-15:13>
% CHECK-NEXT:     Arguments <17:3-19:6>
% CHECK-NEXT:       Attribute Output <17:14-17:20>
% CHECK-NEXT:       Argument class=matlab.lang.OnOffSwitchState <18:5-18:41>
% CHECK-NEXT:         name: Ident r <18:5-18:6>
% CHECK-NEXT:         dims:
% CHECK-NEXT:           Number 1 value=1 <18:8-18:9>
% CHECK-NEXT:           Number 1 value=1 <18:10-18:11>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Assign <20:3-20:8>
% CHECK-NEXT:         lhs: Ident r <20:3-20:4>
% CHECK-NEXT:         rhs: Ident x <20:7-20:8>
