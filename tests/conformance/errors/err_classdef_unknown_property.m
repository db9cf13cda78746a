% An object whose class inference does not follow (inside a cell): reading a property its class lacks fails at run time.
c = {Tag()};
fprintf('x %g\n', c{1}.x);
v = c{1}.nope;  % fails here
fprintf('not reached %g\n', v);
