% A class's disp method (Money.m, Price.m, Gift.m, Meter.m in classdef_disp.files): disp(obj) and obj.disp() call it, and so does showing an object (a statement without a semicolon: the name, a blank line, disp's text, a blank line), for a variable, an assignment, ans, an object known only at run time (from a cell), an inherited disp, an override calling disp@Money, a handle class.
m = Money(5, 'USD');
disp(m);
m.disp();
m
total = m + Money(2.5)
p = Price('tea', 3);
disp(p);
p
g = Gift();
g.amount = 7;
disp(g)
g
items = {m, p, g};
for k = 1:numel(items)
  disp(items{k});
end
items{2}
x = items{3}
s.cash = Money(1);
disp(s.cash);
c = Meter();
c.tick();
d = c;
d.tick();
c
fprintf('%s %d\n', class(c), c.reading);
