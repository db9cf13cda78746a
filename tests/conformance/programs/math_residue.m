% residue: partial fractions with simple poles (MATLAB's documented
% example), a direct term, a double pole, and complex poles.
[r, p, k] = residue([-4 8], [1 6 8]);
fprintf('r %s p %s k %s\n', mat2str(r'), mat2str(p'), mat2str(size(k)));
[r, p, k] = residue([2 0 0 1 0], [1 0 1]);
fprintf('direct term: r %s p %s k %s\n', sprintf('%.4f ', real(r), imag(r)), sprintf('%.4f ', real(p) + 0, imag(p)), mat2str(k));
[r, p, k] = residue([1 0 1], [1 -5 8 -4]);
fprintf('double pole: r %s p %s\n', sprintf('%.4f ', r), sprintf('%.4f ', p));
[r, p] = residue(1, [1 3 2 0]);
fprintf('pole at zero: r %s p %s\n', sprintf('%.4f ', r), sprintf('%.4f ', p));
