% EXPECTED: hand-written (Octave 7 has no timeit)
% timeit(f) is the median time of calling f, in seconds (MATLAB's
% documentation): positive and finite, whatever the machine.
A = rand(50);
t = timeit(@() A * A);
fprintf('positive and finite: %d\n', t > 0 && isfinite(t));
t = timeit(@() sort(A(:)), 1);
fprintf('with an output count: %d\n', t > 0 && isfinite(t) && isscalar(t));
