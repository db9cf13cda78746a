% filter2's shape must be 'full', 'same' or 'valid'.
Y = filter2([1 1], magic(3), 'valid');
fprintf('%d\n', numel(Y));
Y = filter2([1 1], magic(3), 'middle'); % fails here
fprintf('not reached %g\n', Y);
