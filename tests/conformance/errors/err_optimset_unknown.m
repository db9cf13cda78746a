% EXPECTED: hand-written (Octave 7 only warns on an unknown optimset name)
% optimset with a name that is no option.
o = optimset('TolX', 1e-3);
fprintf('ok %g\n', o.TolX);
o = optimset('TolY', 1); % fails here
fprintf('not reached\n');
