% convn: N-d convolution of vectors, matrices and 3-D arrays, shapes 'full', 'same', 'valid'.
A = reshape(1:24, 2, 3, 4);
k = ones(2, 2, 2) / 8;
C = convn(A, k);
fprintf('full size %s, sum %.10g\n', mat2str(size(C)), sum(C(:)));
fprintf('%.6g ', C(:, :, 1)); fprintf('\n');
S = convn(A, k, 'same');
fprintf('same size %s\n', mat2str(size(S)));
fprintf('%.6g ', S(:)); fprintf('\n');
V = convn(A, k, 'valid');
fprintf('valid size %s: ', mat2str(size(V))); fprintf('%.6g ', V(:)); fprintf('\n');
% agrees with conv and conv2 on vectors and matrices
x = [1 -2 3 0 4];
h = [0.5 0.25 0.25];
fprintf('%g ', convn(x, h) - conv(x, h)); fprintf('\n');
M = magic(4);
K = [1 0 -1; 2 0 -2; 1 0 -1];
fprintf('%d ', convn(M, K, 'same') - conv2(M, K, 'same')); fprintf('\n');
fprintf('%d ', convn(M, K, 'valid')); fprintf('\n');
% a column against a row: the outer product
P = convn([1; 2; 3], [1 10 100]);
disp(mat2str(P));
% a 3-D kernel smoothing along the third dimension only
z = cat(3, [1 2], [3 4], [5 6]);
w = convn(z, reshape([1 1 1] / 3, 1, 1, 3), 'same');
fprintf('%.6g ', w(:)); fprintf('\n');
% a kernel longer than the data
fprintf('%s\n', mat2str(size(convn([1 2], [1 2 3], 'valid'))));
fprintf('%s\n', mat2str(convn([1 2], [1 2 3], 'same')));
% single in, single out
fprintf('%s\n', class(convn(single([1 2]), [1 1])));
