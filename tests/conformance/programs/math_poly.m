% poly, polyval, polyfit (with mu), roots, conv (full/same/valid), deconv, polyder, polyint.
p = [1 -6 11 -6];
pmat('poly roots', poly([1 2 3]));
pmat('poly matrix', round(poly([2 0; 0 3]) * 1e9) / 1e9);
pmat('poly empty', poly([]));
pmat('poly complex pair', poly([1i -1i]));
pmat('polyval', polyval(p, [0 1 4]));
pmat('polyval matrix', polyval([2 1], [1 2; 3 4]));
pmat('polyval empty p', polyval([], [1 2]));
r = roots(p);
fprintf('roots: %s size %d %d:', class(r), size(r)); fprintf(' %.10f', sort(r)); fprintf('\n');
r = roots([1 0 1]);
fprintf('roots complex: %d %d', isreal(r), all(abs(real(r)) < 1e-12)); fprintf(' %.10f', sort(imag(r))); fprintf('\n');
pmat('roots zeros', roots([0 0 1 -3 0 0]));
pmat('roots const', roots(5));
x = 0:5; y = [1 3 7 13 21 31];
pf = polyfit(x, y, 2);
fprintf('polyfit: %.8f %.8f %.8f\n', pf);
pf = polyfit(x, 2 * x + 1, 1);
fprintf('polyfit line: %.8f %.8f\n', pf);
[pf, ~, mu] = polyfit(x, y, 2);
fprintf('polyfit mu: %.8f %.8f %.8f | %.8f %.8f\n', pf, mu);
fprintf('polyval mu: %.8f\n', polyval(pf, 2.5, [], mu));
pmat('conv', conv([1 2 3], [1 1]));
pmat('conv col', conv([1; 2], [1; -1]));
pmat('conv same', conv([1 2 3 4 5], [1 1 1], 'same'));
pmat('conv same even', conv([1 2 3 4], [1 2], 'same'));
pmat('conv valid', conv([1 2 3 4 5], [1 1 1], 'valid'));
pmat('conv valid short', conv([1 2], [1 1 1], 'valid'));
pmat('conv scalar', conv(2, [1 2 3]));
[q, rr] = deconv([1 5 10 11 6], [1 2 3]);
pmat('deconv q', q); pmat('deconv r', rr);
[q, rr] = deconv([1 2], [1 2 3]);
pmat('deconv short q', q); pmat('deconv short r', rr);
pmat('polyder', polyder([3 2 1 5]));
pmat('polyder const', polyder(7));
pmat('polyder product', polyder([1 1], [1 -1]));
[n, d] = polyder([1 0], [1 1]);
pmat('polyder quotient n', n); pmat('polyder quotient d', d);
pmat('polyint', polyint([3 2 1]));
pmat('polyint k', polyint([4 0], 2));

function pmat(label, X)
  fprintf('%s: %s size', label, class(X));
  fprintf(' %d', size(X));
  fprintf(' |');
  fprintf(' %g', double(X(:)));
  fprintf('\n');
end
