% fillmissing with a method it does not know is refused.
x = [1 NaN 3];
fprintf('%g\n', sum(fillmissing(x, 'linear')));
y = fillmissing(x, 'average');
