% Array shaping: meshgrid vs ndgrid, reshape/permute/squeeze, cat and repmat, end in
% ranges and arithmetic, colon edge cases, empty matrices and their sizes.
[X, Y] = meshgrid(1:3, 10:10:20);
fprintf('meshgrid X %s Y %s\n', mat2str(X), mat2str(Y));
[A, B] = ndgrid(1:3, 10:10:20);
fprintf('ndgrid A %s B %s\n', mat2str(A), mat2str(B));
Z = X.^2 + Y;
fprintf('Z sum %g, size %dx%d\n', sum(Z(:)), size(Z));
v = 1:12;
M = reshape(v, 3, 4);
fprintf('reshape 3x4: %s\n', mat2str(M));
fprintf('reshape with []: %s\n', mat2str(size(reshape(v, [], 2))));
T = reshape(1:24, 2, 3, 4);
fprintf('3-D size %s, T(2,3,4) = %d, T(:,:,2) = %s\n', mat2str(size(T)), T(2, 3, 4), mat2str(T(:, :, 2)));
P = permute(T, [3 1 2]);
fprintf('permuted size %s, P(4,2,3) = %d\n', mat2str(size(P)), P(4, 2, 3));
fprintf('ipermute back: %d\n', isequal(ipermute(P, [3 1 2]), T));
S = T(1, 2, :);
fprintf('slice size %s, squeezed %s\n', mat2str(size(S)), mat2str(squeeze(S)'));
fprintf('sum along 3: %s\n', mat2str(sum(T, 3)));
C = cat(3, [1 2], [3 4]);
fprintf('cat 3 size %s, ndims %d\n', mat2str(size(C)), ndims(C));
fprintf('repmat: %s\n', mat2str(repmat([1 2; 3 4], 1, 2)));
fprintf('horzcat/vertcat: %s %s\n', mat2str(horzcat([1 2], 3)), mat2str(vertcat([1 2], [3 4])));

% end arithmetic
w = 10:10:100;
fprintf('w(end) %d, w(end-2:end) %s, w(end/2) %d, w([1 end]) %s\n', w(end), mat2str(w(end-2:end)), w(end/2), mat2str(w([1 end])));
fprintf('every third from the end: %s\n', mat2str(w(end:-3:1)));
fprintf('M(end, end) %d, M(end) %d, M(2, end-1:end) %s\n', M(end, end), M(end), mat2str(M(2, end-1:end)));
w(end + 1) = 110;
fprintf('grown: numel %d\n', numel(w));
% colon edge cases
fprintf('5:1 is %dx%d, 1:0.5:3 %s, 0:-0.25:-1 %s\n', size(5:1), mat2str(1:0.5:3), mat2str(0:-0.25:-1));
fprintf('numel(0:0.1:1) = %d, last %.17g\n', numel(0:0.1:1), max(0:0.1:1));
fprintf('colon of matrix M(:) size %s, M(:,:) size %s\n', mat2str(size(M(:))), mat2str(size(M(:, :))));
fprintf('linspace %s\n', mat2str(linspace(0, 1, 5)));
% empties
E = [];
fprintf('[] size %s, isempty %d, zeros(0,3) size %s, numel %d\n', mat2str(size(E)), isempty(E), mat2str(size(zeros(0, 3))), numel(zeros(0, 3)));
fprintf('sum([]) %g, prod([]) %g, max([]) empty %d, sum(zeros(0,3)) %s\n', sum([]), prod([]), isempty(max([])), mat2str(sum(zeros(0, 3))));
E(3) = 5;
fprintf('grown from empty: %s\n', mat2str(E));
F = ones(2, 3);
F(:, 2) = [];
fprintf('column deleted: %s\n', mat2str(F));
F(1, :) = [];
fprintf('row deleted: %s, size %s\n', mat2str(F), mat2str(size(F)));
G = [[] 1 2 []; 3 4];
fprintf('concat with empties: %s\n', mat2str(G));
fprintf('isrow %d iscolumn %d isvector %d isscalar %d ismatrix %d\n', isrow(1:3), iscolumn((1:3)'), isvector(5), isscalar([1 2]), ismatrix(T));
fprintf('flip dims: %s %s\n', mat2str(flipud([1; 2; 3])'), mat2str(flip([1 2; 3 4], 2)));
fprintf('rot90: %s, tril %s\n', mat2str(rot90([1 2; 3 4])), mat2str(tril(ones(3))));
fprintf('numel and length of 3x7x2: %d %d, size(x,4) = %d\n', numel(zeros(3, 7, 2)), length(zeros(3, 7, 2)), size(zeros(3, 7, 2), 4));
