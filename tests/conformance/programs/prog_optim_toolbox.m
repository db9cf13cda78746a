% fzero, fminsearch and fminbnd with optimset options, with anonymous functions
% capturing parameters and a function handle to a local function.
c = 3;
g = @(x) exp(-x) - c * x;
x0 = fzero(g, [0 1]);
fprintf('fzero bracket: %.10f (g small %d)\n', x0, abs(g(x0)) < 1e-12);
x1 = fzero(@cos, 1);
fprintf('fzero start point: %.10f\n', x1);
opts = optimset('TolX', 1e-12);
[x2, fv, flag] = fzero(@(x) x.^2 - 2, [1 2], opts);
fprintf('sqrt(2) = %.10f, flag %d, fval small %d\n', x2, flag, abs(fv) < 1e-9);

[xm, fm] = fminbnd(@(x) (x - 2).^2 + 1, 0, 5);
fprintf('fminbnd: x = %.5f, f = %.5f\n', xm, fm);
[xm, fm] = fminbnd(@humpFun, 0.3, 1);
fprintf('fminbnd humps: x = %.4f, f = %.4f\n', xm, fm);

rosen = @(p) 100 * (p(2) - p(1)^2)^2 + (1 - p(1))^2;
o = optimset('TolX', 1e-10, 'TolFun', 1e-10, 'MaxFunEvals', 5000, 'MaxIter', 5000);
[p, fval, exitflag] = fminsearch(rosen, [-1.2, 1], o);
fprintf('fminsearch rosenbrock: [%.4f %.4f], f < 1e-8: %d, exitflag %d\n', p(1), p(2), fval < 1e-8, exitflag);

% least-squares fit of a decay rate with fminsearch
tdata = 0:0.5:4;
ydata = 3 * exp(-0.8 * tdata);
sse = @(q) sum((q(1) * exp(-q(2) * tdata) - ydata).^2);
q = fminsearch(sse, [1 1], o);
fprintf('fitted amplitude %.4f, rate %.4f\n', q(1), q(2));

function y = humpFun(x)
    y = 1 ./ ((x - 0.3).^2 + 0.01) + 1 ./ ((x - 0.9).^2 + 0.04) - 6;
end
