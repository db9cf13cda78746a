% EXPECTED: hand-written (MATLAB's inv and det documentation: the input's data types are single and double; a char, logical or integer matrix is refused with "Invalid data type. Input matrix must be double or single."; Octave 7 converts them)
% inv and det refuse char, logical and integer inputs; single and double work.
inputs = {'a', true, int8(2), single(4), 0.5};
for k = 1:numel(inputs)
  try
    v = inv(inputs{k});
    fprintf('inv %s: %g\n', class(v), v);
  catch err
    fprintf('inv %s: %s\n', class(inputs{k}), err.message);
  end
  try
    v = det(inputs{k});
    fprintf('det %s: %g\n', class(v), v);
  catch err
    fprintf('det %s: %s\n', class(inputs{k}), err.message);
  end
end
