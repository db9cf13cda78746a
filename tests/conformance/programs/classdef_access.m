% Property and method access attributes used as allowed: SetAccess = private properties set
% by the class's methods and its constructor (also through a subclass's call of it; Octave 7
% has no SetAccess = immutable: classdef_access_immutable_matlab), a private property read and set inside the class, protected ones set
% by a subclass, private ordinary and static methods called by the class's own methods, and a
% Dependent property whose get method reads them; properties() lists the public ones.
a = Account(7);
a = a.deposit(40.123);
fprintf('%g %d %d\n', a.balance, a.id, a.tier);
a = a.deposit(60);
fprintf('%g %d\n', a.balance, a.tier);
fprintf('%d %d\n', a.check(1234), a.check(1));
a = a.changePin(1234, 42);
fprintf('%d %d\n', a.check(1234), a.check(42));
disp(a.summary);
p = Premium(9);
fprintf('%d %d\n', p.tier, p.id);
p = p.upgrade();
p = p.deposit(5);
fprintf('%d %g\n', p.tier, p.balance);
disp(p.summary);
names = properties(a);
fprintf('%s ', names{:});
fprintf('%d\n', isprop(a, 'pin'));
