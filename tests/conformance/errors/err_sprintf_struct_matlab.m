% A struct given to sprintf: MATLAB's error, not a crash.
% EXPECTED: hand-written from MATLAB's behaviour for formatting functions given a struct or cell
% ("Function is not defined for 'struct' inputs."); Octave 7.3 says "wrong type argument
% 'struct'".
s.a = 1;
fprintf('%s\n', sprintf('%d', 5));
t = sprintf('%d', s);  % fails here
fprintf('not reached %s\n', t);
