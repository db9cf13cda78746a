% Block matrices, cat along dimension 3, repeated concatenation in loops.
A = [1 2; 3 4];
B = [5; 6];
C = [7 8 9];
M = [A B; C];
fprintf('block (%dx%d):\n', size(M));
fprintf('%d %d %d\n', M.');
I = eye(2);
Z = zeros(2);
K = [I Z; Z 2 * I];
fprintf('[I Z; Z 2I] trace %d, sum %d, size %d %d\n', trace(K), sum(K(:)), size(K));
T = cat(3, A, A + 10);
fprintf('cat(3) size %d %d %d, T(2,1,2) = %d\n', size(T), T(2, 1, 2));
T2 = cat(3, T, zeros(2, 2));
fprintf('cat onto 3-D size %d %d %d\n', size(T2));
H = cat(1, [1 2], [3 4], [5 6]);
fprintf('cat(1,...) size %d %d\n', size(H));
V = vertcat([1 2 3], [4 5 6]);
fprintf('vertcat: '); fprintf('%d ', V); fprintf('\n');
W = horzcat([1; 2], [3; 4], [5; 6]);
fprintf('horzcat: '); fprintf('%d ', W); fprintf('\n');
acc = [];
for k = 1:4
  acc = [acc, k * 11];
end
fprintf('grown by horzcat: '); fprintf('%d ', acc); fprintf('\n');
rows = zeros(0, 2);
for k = 1:3
  rows = [rows; k, -k];
end
fprintf('grown by vertcat: size %d %d, last row %d %d\n', size(rows), rows(end, :));
s = '';
for k = 1:3
  s = [s sprintf('<%d>', k)];
end
fprintf('text built: %s\n', s);
N = [A, [9; 9]; 0 0 0];
fprintf('mixed: '); fprintf('%d ', N); fprintf('\n');
fprintf('nested brackets: %d\n', numel([[1 2] [[3] [4 5]]]));
fprintf('cat(2) of empties: size %d %d\n', size(cat(2, [], [])));
fprintf('cat(3) of 2-D scalars: size %d %d %d\n', size(cat(3, 1, 2)));
