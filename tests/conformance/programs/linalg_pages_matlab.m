% EXPECTED: hand-written (Octave 7 has no pagemtimes or tensorprod)
% pagemtimes multiplies page by page (dimensions 3 and up broadcast, a
% matrix applies to every page), optionally transposing a page first;
% tensorprod contracts the given dimensions (the result has A's free
% dimensions, then B's), is the outer product with no dimensions and the
% inner product with 'all' (MATLAB's documentation of each).
X = reshape(1:12, 2, 3, 2);
Y = reshape(1:12, 3, 2, 2);
Z = pagemtimes(X, Y);
fprintf('size %s: %s\n', mat2str(size(Z)), mat2str(Z(:)'));
Z = pagemtimes(X, 'transpose', X, 'none');
fprintf('size %s: page 2 %s\n', mat2str(size(Z)), mat2str(Z(:, :, 2)));
Z = pagemtimes([1 2; 3 4], reshape(1:8, 2, 2, 2));
fprintf('broadcast: %s\n', mat2str(Z(:)'));
Z = pagemtimes([1i 2], 'ctranspose', [1 1], 'none');
fprintf('ctranspose: %s | %s\n', mat2str(real(Z)), mat2str(imag(Z)));
fprintf('tensorprod 2,1: %s\n', mat2str(tensorprod([1 2; 3 4], [5 6; 7 8], 2, 1)));
fprintf('tensorprod all: %d\n', tensorprod([1 2 3], [4 5 6], 'all'));
T = tensorprod([1 2], [3 4 5]);
fprintf('outer: size %s, %s\n', mat2str(size(T)), mat2str(T(:)'));
