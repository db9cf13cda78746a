% RUN: %mcc --emit=typed -I %S/Inputs/classdef %s | FileCheck %s
% obj.p = v of a property with validation or a set method is a call of the
% class's `.setprop.NAME.p`, which keeps the object's type; where inference
% does not know the object's class, of `.setprop.p`, which switches on it.
% A struct's field assignment is no call (s.reading = 4 makes a record,
% kept as its field: ScalarizeStructs). In the set method itself
% and in the constructor's defaults the property is stored directly. obj.p
% of a property with a get method is a call of it (`.getprop.list.p` for an
% object inference does not know, as a comma-separated list).
m = Meter();
m.reading = 3;
m.note = 'low';
s.reading = 4;
c = {m};
c{1}.reading = 5;
fprintf('%g %s %g %g\n', m.reading, m.note, s.reading, c{1}.reading);
fprintf('%g %g\n', m.twice, c{1}.twice);

% CHECK-LABEL: function classdef-property-set()
% CHECK: call file .setprop.Meter.reading<Meter scalar, double scalar whole >0> nargout=1 {{.*}} : Meter scalar
% CHECK: call file .setprop.Meter.note<Meter scalar, char 1x3> nargout=1 {{.*}} : Meter scalar
% CHECK: [[FOUR:%[0-9]+]] = const 4 : double scalar
% CHECK-NOT: .setprop.reading<struct
% CHECK: call file .setprop.reading<?, double scalar whole >0> nargout=1
% CHECK: call builtin fprintf nargout=0 {{.*}}, [[FOUR]], {{.*}}
% CHECK: call file Meter.get.twice<Meter scalar> nargout=1
% CHECK: call file .getprop.list.twice<?> nargout=1
% CHECK-LABEL: function Meter() -> (obj)
% CHECK: call file .default.Meter.reading{{.*}} nargout=1
% CHECK-NOT: call file .setprop
% CHECK-LABEL: function .default.Meter.reading
% CHECK-LABEL: function Meter.set.note<Meter scalar, char 1x3>(obj, v) -> (obj)
% CHECK-NOT: call file .setprop
% CHECK: setfield note
