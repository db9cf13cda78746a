% Constant properties read through an object (t.MaxLevel, inside the class's methods too) and
% through the class name (Tank.MaxLevel, a constant given by an expression, indexed in place:
% Tank.Limits(2), Tank.Labels{1}), and static methods called through an object (t.scale(3, 4),
% obj.scale(...) in a method, with fewer arguments and several outputs) as through the class.
t = Tank(20);
fprintf('%d %d %d\n', t.level, t.MaxLevel, Tank.MaxLevel);
fprintf('%d %d\n', Tank.Area, t.Area);
fprintf('%d %d\n', t.fits(11), t.fits(10));
fprintf('%d %d %d\n', t.scale(3, 4), t.scale(3), Tank.scale(5));
fprintf('%d\n', t.doubled());
f = Tank.full();
fprintf('%d\n', f.level);
fprintf('%s %s %s\n', t.Labels{2}, Tank.Labels{1}, t.label());
fprintf('%s\n', Tank(1).label());
fprintf('%d %d\n', Tank.Limits(2), t.Limits(1));
[lo, hi] = t.range();
fprintf('%d %d\n', lo, hi);
c = {t, Tank(3)};
for k = 1:numel(c)
  fprintf('%d %d %d\n', c{k}.MaxLevel, c{k}.scale(k, 2), c{k}.doubled());
end
s.tank = t;
fprintf('%d %d\n', s.tank.MaxLevel, s.tank.scale(7, 1));
