% legendre of an X outside [-1, 1] is refused.
P = legendre(2, 0.5);
fprintf('%d\n', size(P, 1));
P = legendre(2, [0.5 1.5]);
