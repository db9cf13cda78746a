% Computational geometry on polygons: shoelace area and centroid, polyarea, perimeter,
% point-in-polygon by ray casting vs inpolygon, convex hull by gift wrapping, distances
% with vecnorm/hypot, and angles with atan2.
P = [0 0; 4 0; 4 3; 2 5; 0 3];
x = P(:, 1); y = P(:, 2);
xs = [x; x(1)]; ys = [y; y(1)];
A = 0.5 * sum(xs(1:end-1) .* ys(2:end) - xs(2:end) .* ys(1:end-1));
fprintf('shoelace area %.4f, polyarea %.4f\n', A, polyarea(x, y));
cx = sum((xs(1:end-1) + xs(2:end)) .* (xs(1:end-1) .* ys(2:end) - xs(2:end) .* ys(1:end-1))) / (6 * A);
cy = sum((ys(1:end-1) + ys(2:end)) .* (xs(1:end-1) .* ys(2:end) - xs(2:end) .* ys(1:end-1))) / (6 * A);
fprintf('centroid (%.4f, %.4f)\n', cx, cy);
edges = diff([P; P(1, :)]);
len = sqrt(sum(edges.^2, 2));
fprintf('edge lengths %s, perimeter %.4f\n', sprintf('%.4f ', len), sum(len));
fprintf('hypot agrees: %d\n', max(abs(hypot(edges(:, 1), edges(:, 2)) - len)) < 1e-15);
ang = atan2(edges(:, 2), edges(:, 1)) * 180 / pi;
fprintf('edge directions (deg): %s\n', sprintf('%.2f ', ang));
Q = [1 1; 3.9 2.9; 2 4.9; 5 5; -1 2; 2 0.5; 1 4.5];
for k = 1:size(Q, 1)
    fprintf('point (%4.1f, %4.1f): ray casting %d, inpolygon %d\n', Q(k, 1), Q(k, 2), insidePoly(Q(k, :), P), inpolygon(Q(k, 1), Q(k, 2), x, y));
end
[inB, onB] = inpolygon([2 4 1 3], [0 3 1 7], x, y);
fprintf('boundary test: in %s on %s\n', mat2str(inB), mat2str(onB));
% convex hull of a point cloud (deterministic)
t = (0:11)' * pi / 6;
pts = [cos(t) .* (2 + mod((0:11)', 3)), sin(t) .* (2 + mod((0:11)', 3))];
pts = [pts; 0 0; 0.5 0.5];
h = giftWrap(pts);
fprintf('hull has %d of %d points: %s\n', numel(h), size(pts, 1), mat2str(sort(h)'));
fprintf('hull area %.4f\n', polyarea(pts(h, 1), pts(h, 2)));
% triangle properties
T = [0 0; 3 0; 0 4];
a = norm(T(2, :) - T(3, :)); b = norm(T(1, :) - T(3, :)); c = norm(T(1, :) - T(2, :));
s = (a + b + c) / 2;
fprintf('sides %g %g %g, Heron area %g, right angle %d\n', a, b, c, sqrt(s * (s - a) * (s - b) * (s - c)), abs(a^2 - b^2 - c^2) < 1e-12);
d = pdistLocal([0 0; 3 4; 6 8]);
fprintf('pairwise distances: %s\n', mat2str(d));
R = [cosd(90) -sind(90); sind(90) cosd(90)];
fprintf('rotated square: %s\n', mat2str(round(([0 0; 1 0; 1 1; 0 1] * R') * 1e12) / 1e12));
fprintf('cross product %s, dot %g\n', mat2str(cross([1 0 0], [0 1 0])), dot([1 2 3], [4 5 6]));

function in = insidePoly(q, P)
    n = size(P, 1);
    in = false;
    j = n;
    for i = 1:n
        if ((P(i, 2) > q(2)) ~= (P(j, 2) > q(2))) && ...
                (q(1) < (P(j, 1) - P(i, 1)) * (q(2) - P(i, 2)) / (P(j, 2) - P(i, 2)) + P(i, 1))
            in = ~in;
        end
        j = i;
    end
end

function h = giftWrap(pts)
    [~, start] = min(pts(:, 1));
    h = start;
    cur = start;
    while true
        cand = mod(cur, size(pts, 1)) + 1;
        for k = 1:size(pts, 1)
            v1 = pts(cand, :) - pts(cur, :);
            v2 = pts(k, :) - pts(cur, :);
            if v1(1) * v2(2) - v1(2) * v2(1) < 0
                cand = k;
            end
        end
        cur = cand;
        if cur == start, break; end
        h(end + 1) = cur; %#ok<AGROW>
    end
end

function d = pdistLocal(X)
    n = size(X, 1);
    d = [];
    for i = 1:n - 1
        for j = i + 1:n
            d(end + 1) = norm(X(i, :) - X(j, :)); %#ok<AGROW>
        end
    end
end
