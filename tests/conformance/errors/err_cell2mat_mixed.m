% cell2mat of a cell whose elements have different classes (a number and a char vector) fails; one class concatenates, and the identifier is MATLAB's.
% EXPECTED: hand-written (MATLAB's identifier MATLAB:cell2mat:MixedDataTypes, from cell2mat.m; Octave 7 fails too, with no identifier)
m = cell2mat({[1 2], 3; [4 5], 6});
fprintf('%s\n', mat2str(m));
try
  cell2mat({1, 'a'});
catch err
  fprintf('%s\n', err.identifier);
end
t = cell2mat({1, 'a'});  % fails here
fprintf('never\n');
