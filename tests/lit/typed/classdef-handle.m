% RUN: %mcc --emit=typed -I %S/Inputs/classdef %s | FileCheck %s
% A handle class's constructor starts from class(s, NAME, true), after
% registering `.defaults` (what fills a gap in an array of handles). f(x) of a
% builtin that is also a method, where inference does not know x's class,
% goes to `.fn.max`, which picks the method or the builtin at run time;
% isprop goes to `.members`.
t = Tally();
t.add(2);
c = {t, 5};
n = max(c{1});
fprintf('%g %d\n', n, isprop(t, 'count'));

% CHECK-LABEL: function classdef-handle()
% CHECK: call file Tally nargout=1 : Tally scalar
% CHECK: call file Tally.add<Tally scalar, double scalar whole >0> nargout=0
% CHECK: call file .fn.max<cell scalar> nargout=1
% CHECK: call file .members<char 1x6, Tally scalar, char 1x5> nargout=1
% CHECK-LABEL: function Tally() -> (obj)
% CHECK: [[NAME:%[0-9]+]] = const 'Tally'
% CHECK-NEXT: [[YES:%[0-9]+]] = const true
% CHECK-NEXT: fhandle @.defaults
% CHECK-NEXT: call builtin object_defaults_
% CHECK-NEXT: call builtin class nargout=1 {{%[0-9]+}}, [[NAME]], [[YES]] : Tally scalar
% CHECK-LABEL: function .fn.max<cell scalar>(varargin) -> (o1, o2, o3, o4)
% CHECK: casematch
% CHECK: call file Tally.max<?> nargout=1
% CHECK: call builtin max nargout=1
