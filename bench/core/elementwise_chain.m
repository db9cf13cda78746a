n = 4000000;
% Issue 4's element-wise chain over n points and two reductions of its
% result (fused by mcc into one pass over x).
x = linspace(0, 100, n);
y0 = sin(x).*exp(-x/10);
y1 = y0.*cos(x/4) + 0.25*y0.^2;
y2 = tanh(y1) + 0.1*y1;
s = sum(y2);
m = max(y2);
fprintf('sum = %.6e, max = %.10f\n', s, m);
