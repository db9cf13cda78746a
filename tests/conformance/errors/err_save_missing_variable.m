% EXPECTED: hand-written (Octave 7 only warns when a variable to save does not exist)
% save of a name that is no variable.
x = 1;
f = [tempname() '.mat'];
save(f, 'x');
fprintf('saved\n');
delete(f);
save(f, 'x', 'nope'); % fails here
fprintf('not reached\n');
