% A function handle assigned into an element of a numeric array.
x = zeros(1, 3);
x(2) = @sin;  % fails here
