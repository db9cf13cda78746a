% abs and sign on vectors, matrices and special values.
x = [-3.5 -1 0 2 7.25];
fprintf('abs:  '); fprintf('%g ', abs(x)); fprintf('\n');
fprintf('sign: '); fprintf('%g ', sign(x)); fprintf('\n');
fprintf('abs special: %g %g %g\n', abs(-Inf), abs(Inf), abs(NaN));
fprintf('sign special: %g %g %g\n', sign(-Inf), sign(Inf), sign(NaN));
M = [-1 2; 3 -4];
A = abs(M);
S = sign(M);
fprintf('%g %g\n', A.');
fprintf('%g %g\n', S.');
fprintf('abs(x) == x .* sign(x): %d\n', isequal(abs(x), x .* sign(x)));
fprintf('abs of logical: %g, sign of logical: %g\n', abs(true), sign(false));
fprintf('abs(char): '); fprintf('%g ', abs('Az')); fprintf('\n');
fprintf('sign(-1e-300) = %g, abs(-1e-300) > 0: %d\n', sign(-1e-300), abs(-1e-300) > 0);
fprintf('size(abs([])): %d %d\n', size(abs([])));
fprintf('class double: %d\n', isnumeric(abs(true)));
