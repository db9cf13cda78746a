% Binary image analysis on a small synthetic image: thresholding, connected-component
% labelling by flood fill with an explicit stack, region areas and centroids, a 3x3
% mean blur with conv2, edges with diff, and a histogram of grey levels.
I = zeros(12, 16);
I(2:4, 2:5) = 200;
I(7:10, 3:4) = 180;
I(6:11, 10:14) = 150;
I(8:9, 11:12) = 40;         % hole in the big region
I(1, 16) = 255;
I = I + mod((1:12)' * (1:16), 7);     % deterministic texture
BW = I > 100;
fprintf('foreground pixels: %d of %d\n', nnz(BW), numel(BW));
[L, n] = labelRegions(BW);
fprintf('%d regions\n', n);
for k = 1:n
    [r, c] = find(L == k);
    fprintf('region %d: area %2d, centroid (%.3f, %.3f), bbox rows %d-%d cols %d-%d\n', ...
        k, numel(r), mean(r), mean(c), min(r), max(r), min(c), max(c));
end
areas = accumarray(L(L > 0), 1)';
fprintf('areas via accumarray: %s\n', mat2str(areas));
[~, big] = max(areas);
fprintf('largest region %d has a hole: %d\n', big, any(any(~BW(7:10, 11:13))));
% blur
K = ones(3) / 9;
Bl = conv2(I, K, 'same');
fprintf('blur at (3,3) %.4f, at corner %.4f, size %dx%d\n', Bl(3, 3), Bl(1, 1), size(Bl));
V = conv2(I, K, 'valid');
fprintf('valid size %dx%d, full size %s\n', size(V), mat2str(size(conv2(I, K))));
% horizontal edges
E = abs(diff(double(BW), 1, 2));
fprintf('horizontal edge pixels: %d, vertical: %d\n', nnz(E), nnz(diff(BW, 1, 1)));
% histogram of grey levels in 4 bins
counts = histc(I(:), [0 64 128 192 256]);
fprintf('grey histogram: %s\n', mat2str(counts(1:4)'));
% crop and pad
C = I(2:4, 2:5);
P = zeros(size(C) + 2);
P(2:end-1, 2:end-1) = C;
fprintf('padded crop: %dx%d, border sum %g\n', size(P), sum(P(:)) - sum(C(:)));
fprintf('max per row of region mask: %s\n', mat2str(max(L, [], 2)'));
fprintf('uint8 image saturates: %d\n', max(max(uint8(I * 2))));

function [L, n] = labelRegions(BW)
    L = zeros(size(BW));
    n = 0;
    [R, C] = size(BW);
    for j = 1:C
        for i = 1:R
            if BW(i, j) && L(i, j) == 0
                n = n + 1;
                stack = [i j];
                L(i, j) = n;
                while ~isempty(stack)
                    p = stack(end, :);
                    stack(end, :) = [];
                    nb = [p + [1 0]; p - [1 0]; p + [0 1]; p - [0 1]];
                    for q = 1:4
                        a = nb(q, 1); b = nb(q, 2);
                        if a >= 1 && a <= R && b >= 1 && b <= C && BW(a, b) && L(a, b) == 0
                            L(a, b) = n;
                            stack(end + 1, :) = [a b]; %#ok<AGROW>
                        end
                    end
                end
            end
        end
    end
end
