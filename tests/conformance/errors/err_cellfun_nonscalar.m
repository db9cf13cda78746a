% A uniform output of cellfun that is not a scalar: MATLAB's error names
% the element and the output, and suggests 'UniformOutput', false.
c = {'a', 'bc', 'def'};
n = cellfun(@numel, c);
fprintf('%d\n', n);
t = cellfun(@(s) [s s], c);  % fails here
