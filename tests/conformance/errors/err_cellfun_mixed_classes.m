% A uniform output of cellfun whose class changes between elements.
% EXPECTED: hand-written (MATLAB raises this error; Octave 7 concatenates to double)
c = {1, 2, true};
fprintf('%g\n', cellfun(@(x) x, c(1:2)));
v = cellfun(@(x) x, c);  % fails here
