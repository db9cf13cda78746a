% filter (FIR, IIR, normalisation by a(1), initial and final conditions, matrices, dim) and conv2 (shapes, separable form).
x = [1 2 3 4 5];
pv('fir', filter([1 1] / 2, 1, x));
pv('iir', filter(1, [1 -0.5], x));
pv('normalised', filter([2 2], [2 -1], x));
pv('biquad', filter([0.2 0.3 0.2], [1 -0.4 0.1], x));
[y, zf] = filter([1 2 3], [1 0.5], x);
pv('y', y); pv('zf', zf);
fprintf('zf size %d %d\n', size(zf));
[y, zf] = filter([1 2 3], [1 0.5], x, [1 -1]);
pv('y with zi', y); pv('zf with zi', zf);
y1 = filter([1 1], 1, x(1:2));
[y1, z] = filter([1 1], 1, x(1:2));
y2 = filter([1 1], 1, x(3:end), z);
pv('chunked', [y1 y2]);
M = [1 2; 3 4; 5 6];
pv('matrix', filter(1, [1 -1], M));
pv('matrix dim 2', filter(1, [1 -1], M, [], 2));
c = filter([1 1], 1, [1; 2; 3]);
fprintf('column stays column: %d %d\n', size(c));
pv('empty', filter(1, 1, zeros(1, 0)));
A = magic(4);
k = [1 2; 0 -1];
pmat('conv2 full', conv2(A, k));
pmat('conv2 same', conv2(A, k, 'same'));
pmat('conv2 valid', conv2(A, k, 'valid'));
pmat('conv2 same odd', conv2(A, ones(3), 'same'));
pmat('conv2 separable', conv2([1 2], [1; 1; 1], A));
pmat('conv2 separable same', conv2([1 0 -1], [1 2 1], A, 'same'));
pmat('conv2 valid big kernel', conv2([1 2], ones(3), 'valid'));

function pv(label, X)
  fprintf('%s:', label);
  fprintf(' %.10g', X);
  fprintf('\n');
end

function pmat(label, X)
  fprintf('%s: %s size', label, class(X));
  fprintf(' %d', size(X));
  fprintf(' |');
  fprintf(' %g', double(X(:)));
  fprintf('\n');
end
