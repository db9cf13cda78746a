% skewness with a flag other than 0 or 1 is refused.
x = [1 2 5 9];
fprintf('%.4f\n', skewness(x, 0));
s = skewness(x, 2);
