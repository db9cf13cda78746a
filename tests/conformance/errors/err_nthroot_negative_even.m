% nthroot of a negative number with an even root.
fprintf('%g\n', nthroot(-27, 3));
y = nthroot(-16, 4); % fails here
fprintf('not reached %g\n', y);
