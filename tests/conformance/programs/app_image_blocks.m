% Image-style processing on a small matrix: 3x3 box and Sobel filtering with conv2/filter2,
% edge magnitude, thresholding, circshift by dims, block means, rot90/flip, and a 3-D stack with convn.
I = [0 0 0 0 0 0; 0 9 9 9 0 0; 0 9 9 9 0 0; 0 9 9 9 0 0; 0 0 0 0 0 0; 0 0 0 0 0 5];
box = ones(3) / 9;
B = conv2(I, box, 'same');
fprintf('box center %.6f corner %.6f\n', B(3, 3), B(6, 6));
sx = [-1 0 1; -2 0 2; -1 0 1];
Gx = filter2(sx, I); Gy = filter2(sx', I);
G = sqrt(Gx.^2 + Gy.^2);
fprintf('edge max %.6f at %d pixels\n', max(G(:)), nnz(G == max(G(:))));
E = G > 20;
fprintf('%d', E'); fprintf('\n');
S1 = circshift(I, 1, 2);
S2 = circshift(I, [-1 1]);
S3 = circshift(I, 2, 1);
fprintf('%d %d %d\n', S1(2, 3), S2(1, 3), S3(4, 2));
blk = zeros(3);
for r = 1:3
    for c = 1:3
        sub = I(2*r-1:2*r, 2*c-1:2*c);
        blk(r, c) = mean(sub(:));
    end
end
fprintf('%s\n', mat2str(blk, 4));
fprintf('%s\n', mat2str(rot90(blk)));
fprintf('%s\n', mat2str(flip(blk, 2)));
stack = cat(3, I, 2*I, 3*I);
sm = convn(stack, ones(1, 1, 3) / 3, 'same');
fprintf('stack %s, middle layer sum %.6f, top %.6f\n', mat2str(size(sm)), sum(sum(sm(:, :, 2))), sum(sum(sm(:, :, 1))));
D = convn(stack, ones(2, 2, 2), 'valid');
fprintf('valid %s max %g\n', mat2str(size(D)), max(D(:)));
[r, c] = find(I == 5);
fprintf('bright pixel at (%d,%d)\n', r, c);
P = padded(I, 1);
fprintf('padded %s sum %g\n', mat2str(size(P)), sum(P(:)));
h = accumarray(I(:) + 1, 1)';
fprintf('levels %s\n', mat2str(find(h) - 1));

function P = padded(A, w)
    P = zeros(size(A) + 2*w);
    P(w+1:end-w, w+1:end-w) = A;
end
