% EXPECTED: hand-written from MATLAB's documentation of inputParser (Results: a struct of the
% argument names, "Parameters — Argument names" in alphabetical order; PartialMatching true by
% default: a leading substring of one parameter's name matches it; definitions in any order),
% addOptional and addParameter, and MATLAB's messages for a validator that returns false
% ("The value of 'num' is invalid. It must satisfy the function: ..."), for one that raises an
% error (its message after "The value of '...' is invalid."), an unknown, ambiguous or
% valueless name, and too few inputs. Octave 7.3 keeps the order in which it fills Results,
% has no partial matching and words its errors otherwise.
p = inputParser;
addRequired(p, 'width', @(x) isnumeric(x) && x > 0);
addParameter(p, 'units', 'inches');
addOptional(p, 'height', 1);
addParameter(p, 'shape', 'rectangle', @ischar);
addParameter(p, 'scale', 1);
parse(p, 10, 2, 'shape', 'square');
fprintf('results: %s\n', strjoin(fieldnames(p.Results)', ' '));
fprintf('parameters: %s\n', strjoin(p.Parameters, ' '));
fprintf('using defaults: %s\n', strjoin(sort(p.UsingDefaults), ' '));
parse(p, 3, 'sh', 'circle', 'UN', 'cm', 'scal', 2);
r = p.Results;
fprintf('%g %g %s %s %g\n', r.width, r.height, r.shape, r.units, r.scale);
attempts = {{-1}, {}, {1, 'color', 'red'}, {1, 'units'}, {1, 's', 2}, {1, 'shape', 5}};
for k = 1:numel(attempts)
  try
    parse(p, attempts{k}{:});
    fprintf('accepted\n');
  catch err
    fprintf('%s\n  %s\n', err.identifier, err.message);
  end
end
p.PartialMatching = false;
try
  parse(p, 1, 'sha', 'circle');
catch err
  fprintf('%s\n', err.message);
end
q = inputParser;
q.addRequired('count', @(x) validateattributes(x, {'numeric'}, {'positive'}));
try
  q.parse(-2);
catch err
  fprintf('%s\n', err.message);
end
