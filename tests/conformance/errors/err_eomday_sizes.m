% eomday of a year column and a month row: the inputs must be the same size
% or scalars (mcc does not expand them against each other).
y = [2023; 2024];
fprintf('%d\n', eomday(2024, 2));
d = eomday(y, 1:12);
