% bsxfun with a builtin that expands implicitly (element-wise operators,
% max, mod, ...) and the function forms of the binary operators (plus(a, b),
% mtimes(a, b), lt(a, b), ..., uminus(a), not(a)), which compile as the
% operators.
A = reshape(1:6, 2, 3);
b = [10; 20];
r = [1 2 3];
fprintf('%g ', bsxfun(@plus, A, b)); fprintf('\n');
fprintf('%g ', bsxfun(@minus, A, r)); fprintf('\n');
fprintf('%g ', bsxfun(@times, b, r)); fprintf('\n');
fprintf('%g ', bsxfun(@rdivide, A, mean(A))); fprintf('\n');
fprintf('%g ', bsxfun(@max, A, [3; 4])); fprintf('\n');
fprintf('%g ', bsxfun(@power, b, r)); fprintf('\n');
fprintf('%d ', bsxfun(@eq, A, [1 4 5])); fprintf('\n');
fprintf('%g ', bsxfun(@mod, A, [4; 5])); fprintf('\n');
fprintf('%g ', plus(A, 1), minus(2, A), times(A, A), rdivide(A, 2), ldivide(2, A), power(A, 2)); fprintf('\n');
fprintf('%g ', mtimes(A, A'), mrdivide(A, 2)); fprintf('\n');
fprintf('%d ', lt(A, 3), ge(A, 3), and(A > 1, A < 5), or(A < 2, A > 5), ne(A, 2), le(A, 2), gt(A, 4)); fprintf('\n');
x = single([1 2 3]);
y = bsxfun(@times, x, [2; 3]);
fprintf('%s %d %d\n', class(y), size(y, 1), size(y, 2));
fprintf('%g ', uminus(A), uplus(b)); fprintf('\n');
fprintf('%d ', not(A > 2)); fprintf('\n');
