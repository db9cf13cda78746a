% classdef set.PROP methods (Thermo.m and Wallet.m in classdef_set_method.files): every assignment to the property calls the method, also from the class's own methods and through a copy of a handle; inside the method the property is assigned directly; the default value is not assigned through it.
t = Thermo();
fprintf('default %g, %d changes\n', t.celsius, numel(t.history));
t.celsius = 21.46;
fprintf('celsius %g\n', t.celsius);
t = t.warmer(1.04);
fprintf('warmer %g history %s\n', t.celsius, strjoin(t.history, ','));
try
  t.celsius = -300;
catch err
  fprintf('%s: %s\n', err.identifier, err.message);
end
fprintf('still %g\n', t.celsius);
w = Wallet();
fprintf('balance %g changes %d\n', w.balance, w.changes);
w.balance = 10;
w.deposit(5);
fprintf('balance %g changes %d\n', w.balance, w.changes);
alias = w;
alias.balance = 1;
fprintf('balance %g changes %d\n', w.balance, w.changes);
c = {w, t};
c{1}.balance = 2;
c{2}.celsius = 3.14;
fprintf('balance %g changes %d, celsius %g\n', w.balance, w.changes, c{2}.celsius);
