% gammainc of a negative A is refused (the incomplete gamma function is
% defined for A >= 0 here).
fprintf('%.4f\n', gammainc(1, 2));
p = gammainc(1, [1 -1 2]);
