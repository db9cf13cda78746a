% EXPECTED: hand-written (Octave 7 here has no graphics toolkit, so it cannot run this)
% A script that computes, plots and prints: a compiled program has no
% graphics, so each graphics call draws nothing (the compiler warns at each
% call site) and the results still print. Figure numbers follow MATLAB's
% figure documentation: figure opens the lowest number not in use,
% figure(n) opens or selects n, gcf is the current figure, close all closes
% every figure.
close all
x = linspace(0, 1, 5);
y = x.^2;
h = figure;
plot(x, y, 'r-', 'LineWidth', 2);
hold on
plot3(x, y, x);
semilogx(x + 1, y); semilogy(x, y + 1); loglog(x + 1, y + 1);
xlabel('x'); ylabel('y'); zlabel('z'); title('squares'); legend('y = x^2');
grid on; axis equal; axis([0 1 0 1]); colorbar; colormap('gray');
scatter(x, y); bar(y); histogram(y, 3); area(x, y); errorbar(x, y, 0.1 * y);
stairs(x, y); stem(x, y); line(x, y); fill(x, y, 'b'); patch(x, y, 'g');
[X, Y] = meshgrid(x, x);
surf(X, Y, X .* Y); mesh(X, Y, X + Y); contour(X, Y, X - Y);
imagesc(X); image(Y); text(0.5, 0.5, 'label');
p = plot(x, y);
set(p, 'Color', 'k');
set(gca, 'FontSize', 12);
subplot(2, 1, 1); axes; sgtitle('all');
xlim([0 1]); ylim([0 2]); zlim([-1 1]); xticks(0:0.5:1); yticks([0 1 2]); view(3); shading interp; box on
quiver(x, y, y, x); pie([1 2 3]);
drawnow;
saveas(h, 'squares.png'); print('-dpng', 'squares2.png'); exportgraphics(gcf, 'squares3.pdf');
fprintf('files written: %d\n', exist('squares.png', 'file') + exist('squares2.png', 'file'));
g = figure;
fprintf('figures: %d %d\n', h, g);
k = figure(7);
fprintf('figure(7): %d, gcf: %d\n', k, gcf);
figure(h);
fprintf('after figure(h): %d\n', gcf);
close(h);
fprintf('after close(h): %d\n', gcf);
close all
f = figure;
fprintf('after close all: %d\n', f);
clf
hold off
fprintf('sum of squares: %.4f\n', sum(y));
