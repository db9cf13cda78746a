% RUN: %mcc --emit=typed -I %S/Inputs/classdef %s | FileCheck %s
% An object's type names its class: the constructor starts from class(s,
% NAME) of its defaults, and a method call on an object of a known class
% is a direct call of the method specialised on it (both call forms). An
% object read from a cell goes through the method's dispatcher `.add`.
a = Acc();
a = a.add(2);
a = add(a, 3);
c = {a};
b = c{1}.add(1);
fprintf('%g %g\n', a.total, b.total);

% CHECK-LABEL: function classdef-object()
% CHECK: call file Acc nargout=1 : Acc scalar
% CHECK: call file Acc.add<Acc scalar, double scalar whole >0> nargout=1 {{.*}} : Acc scalar
% CHECK: call file Acc.add<Acc scalar, double scalar whole >0> nargout=1 {{.*}} : Acc scalar
% CHECK: call file .add<cell 1x2> nargout=1
% CHECK-LABEL: function Acc() -> (obj)
% CHECK: setfield total
% CHECK: call builtin class nargout=1 {{.*}} : Acc scalar
% CHECK-LABEL: function Acc.add<Acc scalar, double scalar whole >0>(a, v) -> (a)
% CHECK: setfield total {{.*}} : Acc scalar
% CHECK-LABEL: function .add<cell 1x2>(varargin) -> (o1)
% CHECK: casematch
% CHECK: call file Acc.add<?, ?>
