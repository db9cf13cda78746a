% RUN: %mcc --emit=ast %s | FileCheck %s
% Calls to a superclass's constructor (obj@Base(x)) and methods
% (delete@Base(obj), obj.update@pkg.Base()) are SuperRef nodes that the
% call's index applies to; an arguments block may take its name-value
% arguments from a class's properties (opts.?ClassName).
classdef Child < Base & pkg.Base
  methods
    function obj = Child(x, opts)
      arguments
        x
        opts.?matlab.graphics.primitive.Line
      end
      obj = obj@Base(x);
      obj.update@pkg.Base();
    end
    function delete(obj)
      delete@Base(obj);
    end
  end
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File classdef {{.*}}classdef-superclass-calls.m
% CHECK-NEXT:   ClassDef Child < Base & pkg.Base <6:1-20:4>
% CHECK-NEXT:     Methods <7:3-19:6>
% CHECK-NEXT:       Function Child outputs=(obj) params=(x, opts) end <8:5-15:8>
% CHECK-NEXT:         Arguments <9:7-12:10>
% CHECK-NEXT:           Argument <10:9-10:10>
% CHECK-NEXT:             name: Ident x <10:9-10:10>
% CHECK-NEXT:           Argument propertiesOf=matlab.graphics.primitive.Line <11:9-11:45>
% CHECK-NEXT:             name: Ident opts <11:9-11:13>
% CHECK-NEXT:         body:
% CHECK-NEXT:           Assign <13:7-13:24>
% CHECK-NEXT:             lhs: Ident obj <13:7-13:10>
% CHECK-NEXT:             rhs: Index () <13:13-13:24>
% CHECK-NEXT:               base: SuperRef @Base <13:13-13:21>
% CHECK-NEXT:                 method: Ident obj <13:13-13:16>
% CHECK-NEXT:               arg: Ident x <13:22-13:23>
% CHECK-NEXT:           Expr <14:7-14:28>
% CHECK-NEXT:             Index () <14:7-14:28>
% CHECK-NEXT:               base: SuperRef @pkg.Base <14:7-14:26>
% CHECK-NEXT:                 method: Field update <14:7-14:17>
% CHECK-NEXT:                   base: Ident obj <14:7-14:10>
% CHECK-NEXT:       Function delete outputs=() params=(obj) end <16:5-18:8>
% CHECK-NEXT:         body:
% CHECK-NEXT:           Expr <17:7-17:23>
% CHECK-NEXT:             Index () <17:7-17:23>
% CHECK-NEXT:               base: SuperRef @Base <17:7-17:18>
% CHECK-NEXT:                 method: Ident delete <17:7-17:13>
% CHECK-NEXT:               arg: Ident obj <17:19-17:22>
