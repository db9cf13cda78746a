% gammaln, beta, erf, erfc, erfinv, erfcinv, nthroot, cbrt: values, special points, NaN/Inf, single, shapes.
fprintf('gammaln: %.10g %.10g %.10g %.10g\n', gammaln([1 2 10 0.5]));
fprintf('gammaln 0/Inf/NaN: %g %g %g\n', gammaln([0 Inf NaN]));
fprintf('gammaln big: %.10g\n', gammaln(1e10));
fprintf('beta: %.10g %.10g %.10g\n', beta(2, 3), beta(0.5, 0.5), beta(1, 1));
fprintf('erf: %.12g %.12g %.12g %.12g\n', erf([0 0.5 -1 3]));
fprintf('erf Inf NaN: %g %g %g\n', erf([Inf -Inf NaN]));
fprintf('erfc: %.12g %.12g %.6e\n', erfc([0 1 10]));
fprintf('erfinv: %.12g %.12g %.12g %.12g\n', erfinv([0 0.5 -0.9 0.999]));
fprintf('erfinv ends: %g %g %g %g\n', erfinv([1 -1 2 NaN]));
fprintf('erfinv tiny: %.12g\n', erfinv(1e-10));
fprintf('erfinv(erf(x)): %.12g %.12g\n', erfinv(erf(0.3)), erfinv(erf(2.5)));
fprintf('erfcinv: %.12g %.12g %.12g\n', erfcinv([1 0.5 1.5]));
fprintf('erfcinv small: %.7g %.7g\n', erfcinv([1e-10 1e-20]));
fprintf('erfcinv ends: %g %g %g\n', erfcinv([0 2 -1]));
fprintf('erfcinv tiny: %.7g\n', erfcinv(1e-300));
pmat('erf single', erf(single([0 1])) > 0.8);
fprintf('class erf single: %s\n', class(erf(single(0.5))));
fprintf('nthroot: %.15g %.15g %.15g %.15g %.15g\n', nthroot([27 -27 2], 3), nthroot(16, 4), nthroot(2, 5));
fprintf('nthroot exact: %d %d\n', nthroot(-8, 3) == -2, nthroot(1e15, 3) == 1e5);
fprintf('nthroot Inf: %g %g %g\n', nthroot(Inf, 3), nthroot(-Inf, 3), nthroot(0, 5));
pmat('nthroot matrix', nthroot([8 64; -1 1], 3));
fprintf('cbrt: %.15g %.15g %.15g %g\n', cbrt([27 -8 2 0]));
fprintf('cbrt Inf NaN: %g %g %g\n', cbrt([Inf -Inf NaN]));

function pmat(label, X)
  fprintf('%s: %s size', label, class(X));
  fprintf(' %d', size(X));
  fprintf(' |');
  fprintf(' %g', double(X(:)));
  fprintf('\n');
end
