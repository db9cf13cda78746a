% An array of function handles: MATLAB allows only scalars of them.
f = @sin;
fprintf('f(0) = %g\n', f(0));
f(2) = @cos;  % fails here
fprintf('not reached\n');
