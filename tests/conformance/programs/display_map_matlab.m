% EXPECTED: hand-written (MATLAB's containers.Map, length and size documentation: an unsuppressed Map shows `M = `, a blank line, `  Map with properties:`, a blank line, Count, KeyType and ValueType aligned on their colons, and a blank line; a missing key is the error MATLAB:Containers:Map:NoKey; Octave shows `containers.Map object with properties:` with other spacing)
% containers.Map display and errors as MATLAB gives them (containers.Map, length and size documentation examples)
months = {'Jan', 'Feb', 'Mar', 'Apr'};
rainfall = [327.2 368.2 197.6 178.4];
M = containers.Map(months, rainfall)
E = containers.Map()
N = containers.Map('KeyType', 'double', 'ValueType', 'any');
N(3) = 'three'
try
  x = M('May');
catch err
  fprintf('%s\n%s\n', err.identifier, err.message);
end
try
  remove(M, 'May');
catch err
  fprintf('%s\n', err.message);
end
