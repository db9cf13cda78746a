% parse of a name no parameter has (KeepUnmatched false): MATLAB's error, reported where parse
% is called.
p = inputParser;
addRequired(p, 'x');
addParameter(p, 'gain', 1);
parse(p, 1, 'gain', 2);
fprintf('gain %g\n', p.Results.gain);
parse(p, 1, 'offset', 2);  % fails here
fprintf('not reached\n');
