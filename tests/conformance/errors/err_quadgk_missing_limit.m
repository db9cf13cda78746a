% quadgk needs both limits.
q = quadgk(@(x) x, 0, 1, 'RelTol', 1e-8);
fprintf('%.4f\n', q);
q = quadgk(@(x) x, 0); % fails here
fprintf('not reached %g\n', q);
