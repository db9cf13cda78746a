% hann of a negative window length: "Order cannot be less than zero."
n = 3 - 5;
fprintf('n = %d\n', n);
w = hann(n); % fails here
fprintf('not reached %d\n', numel(w));
