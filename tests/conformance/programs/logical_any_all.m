% any and all: default dimension, explicit dimension, empties, NaN.
fprintf('any/all [0 0 1]: %d %d\n', any([0 0 1]), all([0 0 1]));
fprintf('any/all [1 2 3]: %d %d\n', any([1 2 3]), all([1 2 3]));
fprintf('any/all column: %d %d\n', any([0; 0]), all([1; 1]));
A = [1 0 1; 1 0 0];
fprintf('any(A):   '); fprintf('%d', any(A)); fprintf('\n');
fprintf('all(A):   '); fprintf('%d', all(A)); fprintf('\n');
fprintf('any(A,2): '); fprintf('%d', any(A, 2)); fprintf(' (size %d %d)\n', size(any(A, 2)));
fprintf('all(A,2): '); fprintf('%d', all(A, 2)); fprintf('\n');
fprintf('any(A(:)): %d, all(A(:)): %d\n', any(A(:)), all(A(:)));
fprintf('any(any(A)): %d\n', any(any(A)));
fprintf('any(A,3): '); fprintf('%d', any(A, 3)); fprintf('\n');
fprintf('any([]) = %d, all([]) = %d\n', any([]), all([]));
fprintf('size any(zeros(0,3)): %d %d, all: ', size(any(zeros(0, 3)))); fprintf('%d', all(zeros(0, 3))); fprintf('\n');
fprintf('size all(zeros(3,0)): %d %d\n', size(all(zeros(3, 0))));
fprintf('any/all NaN: %d %d\n', any(NaN), all(NaN));
fprintf('any([0 NaN]): %d, all([1 NaN]): %d\n', any([0 NaN]), all([1 NaN]));
fprintf('class: %d %d\n', islogical(any([1 2])), islogical(all([1 2])));
fprintf('any of chars: %d\n', any('abc' == 'b'));
x = [5 3 8 1];
if all(x > 0)
  disp('all positive');
end
if ~any(x > 10)
  disp('none above 10');
end
B = reshape([1 1 1 1 0 1 1 1], 2, 2, 2);
fprintf('all(B,3): '); fprintf('%d', all(B, 3)); fprintf('\n');
fprintf('all(B): size %d %d %d\n', size(all(B)));
