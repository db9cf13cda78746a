% quadgk's options are name-value pairs: a name without its value fails.
q = quadgk(@(x) x, 0, 1, 'RelTol', 1e-8);
fprintf('%.4f\n', q);
q = quadgk(@(x) x, 0, 1, 'RelTol'); % fails here
fprintf('not reached %g\n', q);
