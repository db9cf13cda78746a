% IEEE special values in arithmetic: Inf, NaN, overflow, eps.
fprintf('%g %g %g\n', 1/0, -1/0, 0/0);
fprintf('%g %g %g %g\n', Inf + 1, Inf - Inf, Inf * 0, Inf / Inf);
fprintf('%g %g %g\n', Inf * -2, -Inf - Inf, Inf + Inf);
fprintf('%g %g %g\n', NaN + 1, NaN * 0, NaN - NaN);
fprintf('%g %g\n', 1e308 * 10, -1e308 * 10);
fprintf('%g %g\n', Inf ^ 0, NaN ^ 0);
fprintf('%g %g\n', 2 ^ Inf, 0.5 ^ Inf);
fprintf('%g %g\n', exp(710), exp(-800));
fprintf('NaN == NaN: %d, NaN ~= NaN: %d, NaN < 1: %d, NaN > 1: %d\n', ...
    NaN == NaN, NaN ~= NaN, NaN < 1, NaN > 1);
fprintf('Inf == Inf: %d, -Inf < Inf: %d, Inf > 1e308: %d\n', Inf == Inf, -Inf < Inf, Inf > 1e308);
fprintf('eps = %.17g\n', eps);
fprintf('1 + eps > 1: %d, 1 + eps/2 > 1: %d\n', 1 + eps > 1, 1 + eps/2 > 1);
fprintf('eps(1) = %g, eps(2) = %g, eps(1000) = %g\n', eps(1), eps(2), eps(1000));
fprintf('eps(0) = %g\n', eps(0));
fprintf('isnan: '); fprintf('%d', isnan([1 NaN Inf -Inf 0])); fprintf('\n');
fprintf('isinf: '); fprintf('%d', isinf([1 NaN Inf -Inf 0])); fprintf('\n');
fprintf('isfinite: '); fprintf('%d', isfinite([1 NaN Inf -Inf 0])); fprintf('\n');
x = [1 NaN 3];
fprintf('sum with NaN: %g\n', sum(x));
fprintf('sum ignoring NaN: %g\n', sum(x(~isnan(x))));
v = [Inf -Inf NaN] * 0;
fprintf('%g ', v); fprintf('\n');
fprintf('Inf(1,2): %g %g, NaN(2,1): %g %g\n', Inf(1, 2), NaN(2, 1));
fprintf('size(NaN(2,3)): %d %d, size(Inf(0,2)): %d %d\n', size(NaN(2, 3)), size(Inf(0, 2)));
