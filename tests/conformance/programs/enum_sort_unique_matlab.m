% sort and unique of enumeration members.
% EXPECTED: hand-written from MATLAB's documentation (Enumerations: members
% of an enumeration that derives from no built-in class order as they are
% defined in the enumeration block; sort and unique return members, with
% the index outputs of the built-in functions: unique's ia and ic columns,
% first occurrences). Octave 7.3 cannot parse enumeration blocks.
d = [WeekDays.Friday, WeekDays.Monday, WeekDays.Thursday, WeekDays.Monday];
s = sort(d);
fprintf('%s\n', strjoin(cellstr(s), ' '));
[s, i] = sort(d, 'descend');
fprintf('%s | %s\n', strjoin(cellstr(s), ' '), mat2str(i));
[u, ia, ic] = unique(d);
fprintf('%s | %s | %s | %s\n', class(u), strjoin(cellstr(u), ' '), mat2str(ia), mat2str(ic));
c = sort([WeekDays.Wednesday; WeekDays.Tuesday]);
fprintf('%d %d: %s %s\n', size(c), char(c(1)), char(c(2)));
fprintf('%d\n', isequal(unique([WeekDays.Tuesday, WeekDays.Tuesday]), WeekDays.Tuesday));
