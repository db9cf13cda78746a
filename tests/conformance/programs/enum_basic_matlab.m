% A simple enumeration class (WeekDays.m in enum_basic_matlab.files): NAME.M, class, char, string,
% == and ~= between members and with char, isequal, isenum, NAME('M') and NAME("M"), the
% enumeration function with outputs, methods of the class that take a member, and a member
% indexed as the 1x1 array it is.
% EXPECTED: hand-written from MATLAB's documentation (Define Enumeration Classes, Refer to
% Enumerations, Operations on Enumerations, enumeration, isenum); Octave 7.3 cannot parse an
% enumeration block.
today = WeekDays.Tuesday;
fprintf('%s %s %s\n', class(today), char(today), string(today));
fprintf('%s\n', ['Today is ', char(today), '.']);
fprintf('%d %d %d %d\n', today == WeekDays.Tuesday, today == WeekDays.Friday, today ~= WeekDays.Friday, today ~= today);
fprintf('%d %d\n', today == 'Tuesday', today ~= 'Monday');
a = WeekDays.Monday;
b = WeekDays.Monday;
fprintf('%d %d %d\n', isequal(a, b), a == b, isequal(a, today));
fprintf('%d %d %d %d\n', isenum(today), isenum(5), isenum('Monday'), isobject(today));
f = WeekDays('Friday');
g = WeekDays("Wednesday");
fprintf('%s %s %d\n', char(f), char(g), f == WeekDays.Friday);
[m, s] = enumeration('WeekDays');
fprintf('%s %d %d\n', class(m), size(m, 1), size(m, 2));
fprintf('%s\n', strjoin(s', ' '));
fprintf('%d %d\n', size(s, 1), size(s, 2));
m2 = enumeration(today);
fprintf('%d %s\n', numel(m2), char(m2(5)));
fprintf('%d %d\n', isMeetingDay(today), isMeetingDay(WeekDays.Friday));
fprintf('%d\n', today.isMeetingDay());
fprintf('%s %s\n', char(next(today)), char(next(WeekDays.Friday)));
e = today(1);
fprintf('%s %d\n', char(e), e == today);
