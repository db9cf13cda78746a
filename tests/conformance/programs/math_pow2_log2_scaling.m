% pow2 of exponents and of mantissa/exponent pairs (exact scaling), against log2's two outputs; nextpow2 for buffer sizes.
fprintf('%g ', pow2([0 1 3 -2 0.5])); fprintf('\n');
fprintf('%g ', pow2([1 0.5 -0.75], [3 4 -2])); fprintf('\n');
[f, e] = log2([10 0.1 1024 -3]);
fprintf('%g ', f); fprintf('| '); fprintf('%g ', e); fprintf('\n');
back = pow2(f, e);
fprintf('%d\n', isequal(back, [10 0.1 1024 -3]));
fprintf('%g %g\n', pow2(1, -1074), pow2(1, 1024));
fprintf('%g ', pow2(3, [0 1 2])); fprintf('\n');
n = [5 64 1000 4097];
p = nextpow2(n);
fprintf('%d ', p, pow2(p)); fprintf('\n');
fprintf('%d\n', all(pow2(p) >= n & pow2(p - 1) < n));
fprintf('%s\n', class(pow2(single(2))));
