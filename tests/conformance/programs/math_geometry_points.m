% geometry: polygon area, centroid, distances
px = [0 4 4 0];
py = [0 0 3 3];
area = polyarea(px, py);
fprintf('area %.2f\n', area);
A = 0.5 * abs(sum(px .* circshift(py, -1) - circshift(px, -1) .* py));
fprintf('shoelace %.2f\n', A);
pts = [0 0; 3 4; 6 8; 1 1];
d = sqrt(sum(diff(pts).^2, 2));
fprintf('%.4f ', d); fprintf('\n');
fprintf('perimeter-ish %.4f\n', sum(d));
D = zeros(size(pts, 1));
for i = 1:size(pts, 1)
  for j = 1:size(pts, 1)
    D(i, j) = norm(pts(i, :) - pts(j, :));
  end
end
fprintf('%.3f ', D(1, :)); fprintf('\n');
[mx, imx] = max(D(:));
[ri, ci] = ind2sub(size(D), imx);
fprintf('farthest %d-%d %.3f\n', ri, ci, mx);
li = sub2ind([3 4], 2, 3);
fprintf('lin %d\n', li);
theta = atan2(4, 3);
fprintf('%.6f deg %.4f\n', theta, rad2deg(theta));
R = [cos(pi/2) -sin(pi/2); sin(pi/2) cos(pi/2)];
p = round(R * [1; 0] * 1e10) / 1e10;
fprintf('%g %g\n', p);
fprintf('%.4f\n', hypot(3, 4));
c = mean(pts);
fprintf('centroid %.2f %.2f\n', c);
