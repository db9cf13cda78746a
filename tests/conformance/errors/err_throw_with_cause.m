% EXPECTED: hand-written (Octave 7 has no MException; see tests/conformance/README.md)
% An uncaught MException with causes: its message, then MATLAB's
% "Caused by:" with each cause's message.
fprintf('before\n');
ME = MException('load:failed', 'Could not load the model');
ME = addCause(ME, MException('file:missing', 'model.mat was not found'));
throw(ME);  % fails here
