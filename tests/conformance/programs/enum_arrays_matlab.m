% Arrays of enumeration members (WeekDays.m in enum_arrays_matlab.files): concatenation, size,
% indexing (with end and a logical mask), element assignment, == of a member and an array, any,
% ismember with its second output, a for loop over the members, cellstr, string and char of an
% array, class and isenum of an array, strcmp of members and text, growing an array by
% assignment (the gap filled with the first member), members in a cell and a struct field, and
% the set operations union, intersect, setdiff and setxor, sort and unique with their index
% outputs (members sort in the order the class defines them).
% EXPECTED: hand-written from MATLAB's documentation (Refer to Enumerations: "form arrays of
% enumeration members"; Operations on Enumerations: any(today == teamMeetings), ismember,
% cellstr and string of an array; the default methods strcmp, strcmpi, union, intersect,
% setdiff and setxor; a gap an assignment past the end leaves holds the class's default object,
% for an enumeration its first member, as the default member of an enumeration type is its
% first one: no documentation page shows this case, recheck it with a MATLAB at hand); Octave
% 7.3 cannot parse an enumeration block.
today = WeekDays.Tuesday;
teamMeetings = [WeekDays.Wednesday WeekDays.Friday];
fprintf('%d %d %s %d\n', size(teamMeetings), class(teamMeetings), isenum(teamMeetings));
fprintf('%d %d\n', any(today == teamMeetings), any(WeekDays.Friday == teamMeetings));
days = [WeekDays.Monday, WeekDays.Friday, WeekDays.Tuesday, WeekDays.Friday];
fprintf('%d ', days == WeekDays.Friday);
fprintf('\n');
fprintf('%d ', days ~= 'Monday');
fprintf('\n');
fprintf('%s %s\n', char(days(2)), char(days(end)));
sub = days(days ~= WeekDays.Friday);
fprintf('%d %s %s\n', numel(sub), char(sub(1)), char(sub(2)));
days(2) = WeekDays.Thursday;
fprintf('%s\n', strjoin(cellstr(days), ','));
[tf, loc] = ismember(WeekDays.Friday, days);
fprintf('%d %d\n', tf, loc);
[tf, loc] = ismember([WeekDays.Monday, WeekDays.Wednesday], days);
fprintf('%d %d %d %d\n', tf, loc);
for d = teamMeetings
  fprintf('[%s]', char(d));
end
fprintf('\n');
s = string(days);
fprintf('%s %d %d %s\n', class(s), size(s), s(3));
col = [WeekDays.Monday; WeekDays.Wednesday];
fprintf('%d %d\n', size(col));
disp(char(col));
c = cellstr(col);
fprintf('%s|%s %d %d\n', c{1}, c{2}, size(c));
fprintf('%d %d %d\n', strcmp(today, 'Tuesday'), strcmpi('tuesday', today), strcmp(today, 'Monday'));
fprintf('%d ', strcmp(days, 'Friday'));
fprintf('\n');
x = WeekDays.Monday;
x(3) = WeekDays.Friday;
fprintf('%d %s %s %s\n', numel(x), class(x), char(x(3)), char(x(2)));
c = {WeekDays.Thursday, 7};
rec.day = WeekDays.Wednesday;
fprintf('%s %s %d\n', char(c{1}), char(rec.day), rec.day == 'Wednesday');
a = [WeekDays.Friday, WeekDays.Monday, WeekDays.Wednesday];
b = [WeekDays.Wednesday, WeekDays.Tuesday];
fprintf('%s\n', strjoin(cellstr(union(a, b)), ' '));
[i, ia, ib] = intersect(a, b);
fprintf('%s %d %d\n', char(i), ia, ib);
fprintf('%s\n', strjoin(cellstr(setdiff(a, b)), ' '));
fprintf('%s\n', strjoin(cellstr(setxor(a, b)), ' '));
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
