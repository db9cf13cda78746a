% Access where inference does not know the object's class (objects taken from a cell): public
% properties read, public methods run and a Dependent property's get method reads private
% ones; from code of no class, reading a private property and calling a private method are
% errors when they run, caught here (their messages: errors/err_classdef_get_access.m,
% errors/err_classdef_method_access.m), as is setting a read-only one.
c = {Account(7), Premium(9)};
for k = 1:numel(c)
  a = c{k};
  a = a.deposit(150);
  fprintf('%s: %d %g %d %d\n', class(a), a.id, a.balance, a.tier, a.check(1234));
  disp(a.summary);
  try
    x = a.pin;
    fprintf('read %g\n', x);
  catch
    fprintf('pin unreadable\n');
  end
  try
    a = a.promote();
    fprintf('promoted\n');
  catch
    fprintf('promote refused\n');
  end
  try
    a.balance = 0;
    fprintf('set\n');
  catch
    fprintf('balance read-only\n');
  end
end
