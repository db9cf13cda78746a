% Implicit expansion (broadcasting) of element-wise operators.
r = [1 2 3];
c = [10; 20];
M = r + c;
fprintf('size %d %d\n', size(M));
fprintf([repmat('%g ', 1, size(M, 2)) '\n'], M.');
M = c - r;
fprintf([repmat('%g ', 1, size(M, 2)) '\n'], M.');
M = r .* c;
fprintf([repmat('%g ', 1, size(M, 2)) '\n'], M.');
A = [1 2 3; 4 5 6];
B = A ./ [1; 2];
fprintf([repmat('%g ', 1, size(B, 2)) '\n'], B.');
B = A - mean(A);
fprintf([repmat('%g ', 1, size(B, 2)) '\n'], B.');
B = A .^ [1 2 0];
fprintf([repmat('%g ', 1, size(B, 2)) '\n'], B.');
B = 2 .^ r;
fprintf('%g ', B); fprintf('\n');
L = r > [2; 1];
fprintf('%d ', L); fprintf('| class logical %d\n', islogical(L));
% scalar with anything
fprintf('%g ', 5 - A); fprintf('\n');
% 3-D with 2-D
T = reshape(1:8, 2, 2, 2) + [100 200];
fprintf('size %d %d %d:', size(T)); fprintf(' %g', T); fprintf('\n');
T = ones(2, 1, 3) .* [1 2 3 4];
fprintf('size %d %d %d sum %g\n', size(T), sum(T(:)));
% empty dimensions expand to empty
E = zeros(0, 3) + [1 2 3];
fprintf('empty: size %d %d\n', size(E));
E = ones(3, 1) + zeros(1, 0);
fprintf('empty: size %d %d\n', size(E));
E = zeros(0, 1) .* zeros(1, 0);
fprintf('empty: size %d %d\n', size(E));
