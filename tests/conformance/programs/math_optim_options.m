% optimset/optimget and the options of fzero, fminbnd and fminsearch
% (TolX, TolFun, MaxIter, MaxFunEvals, Display 'off').
o = optimset('TolX', 1e-8, 'display', 'off');
fprintf('%g %s\n', optimget(o, 'TolX'), optimget(o, 'Display'));
fprintf('%g\n', optimget(o, 'tolx'));
fprintf('%d\n', isempty(optimget(o, 'MaxIter')));
fprintf('%g\n', optimget(o, 'MaxIter', 77));
fprintf('%g\n', optimget(struct('TolFun', 3), 'TolFun'));
o2 = optimset(o, 'MaxIter', 10);
fprintf('%g %g\n', optimget(o2, 'TolX'), optimget(o2, 'MaxIter'));
o3 = optimset(o2, optimset('TolX', 0.5));
fprintf('%g %g %s\n', optimget(o3, 'TolX'), optimget(o3, 'MaxIter'), optimget(o3, 'Display'));
d = optimset('fminbnd');
fprintf('%s %g\n', d.Display, d.TolX);
d = optimset('fminsearch');
fprintf('%g %g\n', d.TolX, d.TolFun);
d = optimset('fzero');
fprintf('%g\n', d.TolX);
% fzero with a coarse TolX stops early; a fine one is exact.
x = fzero(@(x) x.^2 - 2, [1 2], optimset('TolX', 1e-2));
fprintf('coarse: %d\n', abs(x - sqrt(2)) < 2e-2 && abs(x - sqrt(2)) > 1e-12);
x = fzero(@(x) x.^2 - 2, [1 2], optimset('TolX', 1e-14));
fprintf('fine: %.12f\n', x);
% fminbnd: TolX, and MaxFunEvals stopping the search (exitflag 0).
x = fminbnd(@(x) (x - 1/3).^2, 0, 1, optimset('TolX', 1e-10));
fprintf('fminbnd fine: %.8f\n', x);
[x, fv, flag] = fminbnd(@(x) (x - 1).^2, 0, 3, optimset('MaxFunEvals', 3, 'Display', 'off'));
fprintf('fminbnd limited: %d\n', flag);
[x, fv, flag] = fminbnd(@(x) (x - 1).^2, 0, 3, optimset('Display', 'none'));
fprintf('fminbnd: %.4f %d\n', x, flag);
% fminsearch: TolX/TolFun, MaxIter and MaxFunEvals.
f = @(x) (x(1) - 1)^2 + 10*(x(2) + 2)^2;
[x, fv, flag] = fminsearch(f, [0 0], optimset('TolX', 1e-10, 'TolFun', 1e-10));
fprintf('fminsearch fine: %.7f %.7f %d\n', x, flag);
[x, fv, flag] = fminsearch(f, [0 0], optimset('MaxIter', 5, 'Display', 'off'));
fprintf('fminsearch iterations: %d\n', flag);
[x, fv, flag] = fminsearch(f, [0 0], optimset('MaxFunEvals', 12, 'Display', 'off'));
fprintf('fminsearch evaluations: %d\n', flag);
[x, fv, flag] = fminsearch(f, [0 0], optimset('fminsearch'));
fprintf('fminsearch defaults: %.3f %.3f %d\n', x, flag);
