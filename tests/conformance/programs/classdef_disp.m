% A class's disp method (Money.m, Price.m, Gift.m, Meter.m in classdef_disp.files): disp(obj) and obj.disp() call it, for an object known at run time only (from a cell, a struct's field), an inherited disp, an override calling disp@Money, a handle class. (Showing an object without a semicolon: classdef_disp_format_matlab.m.)
m = Money(5, 'USD');
disp(m);
m.disp();
total = m + Money(2.5);
disp(total)
p = Price('tea', 3);
disp(p);
g = Gift();
g.amount = 7;
disp(g)
items = {m, p, g};
for k = 1:numel(items)
  disp(items{k});
end
s.cash = Money(1);
disp(s.cash);
c = Meter();
c.tick();
d = c;
d.tick();
disp(c)
fprintf('%s %d\n', class(c), c.reading);
