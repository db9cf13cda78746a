% polyfit's S (R, df, normr) and polyval's delta: the standard error of a
% prediction. (With centring and scaling, Octave 7's S.R is column-pivoted:
% math_polyfit_matlab has that case.)
x = 1:10;
y = [1 5 10 3 6 32 52 6 15 60];
[p, S] = polyfit(x, y, 2);
fprintf('p = %.6f %.6f %.6f\n', p);
fprintf('df = %d, normr = %.6f\n', S.df, S.normr);
fprintf('R = '); fprintf('%.6f ', S.R); fprintf('\n');
[yf, delta] = polyval(p, [2.5 7 11], S);
fprintf('yf = '); fprintf('%.6f ', yf); fprintf('\n');
fprintf('delta = '); fprintf('%.6f ', delta); fprintf('\n');
[yf2, delta2] = polyval(p, [2.5; 7], S);
fprintf('column: %d %d, delta2 = ', size(delta2)); fprintf('%.6f ', delta2); fprintf('\n');
[p3, S3] = polyfit([1 2 3], [2 4 7], 2);
[~, d3] = polyval(p3, 1.5, S3);
fprintf('exact fit: df = %d, delta = %g\n', S3.df, d3);
