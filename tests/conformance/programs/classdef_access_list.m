% Access lists: a property or method whose Access (or SetAccess) is {?Auditor} is usable by
% Locker's own methods, by Auditor's and by those of its subclass SubAuditor; Access = {} is
% private; a public GetAccess with a listed SetAccess reads anywhere. properties() lists only
% the public ones. (Uses from elsewhere are errors: tests/lit/errors/classdef-access-list.m.)
k = Locker();
a = Auditor();
s = SubAuditor();
fprintf('%d %d %d\n', a.inspect(k), s.deeper(k), k.own());
k = a.annotate(k, 'checked');
fprintf('%s\n', k.note);
k = s.annotate(k, 'twice');
fprintf('%s\n', k.note);
k = k.relabel('done');
fprintf('%s\n', k.note);
names = properties(k);
fprintf('%s ', names{:});
fprintf('\n');
