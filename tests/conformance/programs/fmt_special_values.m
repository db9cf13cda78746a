% NaN and Inf under every numeric conversion, with widths and signs.
v = [NaN Inf -Inf];
fprintf('%%d: '); fprintf('[%d]', v); fprintf('\n');
fprintf('%%i: '); fprintf('[%i]', v); fprintf('\n');
fprintf('%%f: '); fprintf('[%f]', v); fprintf('\n');
fprintf('%%e: '); fprintf('[%e]', v); fprintf('\n');
fprintf('%%g: '); fprintf('[%g]', v); fprintf('\n');
fprintf('%%5.1f: '); fprintf('[%5.1f]', v); fprintf('\n');
fprintf('%%-6g: '); fprintf('[%-6g]', v); fprintf('\n');
fprintf('%%8d: '); fprintf('[%8d]', v); fprintf('\n');
s = sprintf('%g', NaN);
fprintf('sprintf of NaN: %s (numel %d)\n', s, numel(s));
fprintf('mixed: %d %d %d\n', 1, NaN, 3);
fprintf('%g + %g = %g\n', Inf, -Inf, Inf - Inf);
fprintf('%.2f of 1e300*1e10 is %.2f\n', 0, 1e300 * 1e10);
fprintf('large: %g %e %.0f\n', 1e300, 1e-300, 1e20);
fprintf('tiny: %g\n', 5e-324);
