function err_function_file
% A function file whose subfunction indexes past the end of its argument.
data = [3 1 4 1 5];
fprintf('first: %d\n', pick(data, 1));
fprintf('last: %d\n', pick(data, 5));
fprintf('past the end: %d\n', pick(data, 9));
end

function v = pick(x, k)
v = x(k); % fails here
end
