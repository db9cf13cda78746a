% A value its validator rejects: MATLAB's error names the argument and the validator
% (func2str of the handle), at the parse call.
area(3, 4);
area(3, -4);
fprintf('not reached\n');

function area(w, h)
  p = inputParser;
  positive = @(x) isnumeric(x) && all(x > 0);
  addRequired(p, 'width', positive);
  addRequired(p, 'height', positive);
  parse(p, w, h);  % fails here for h = -4
  fprintf('area %g\n', p.Results.width * p.Results.height);
end
