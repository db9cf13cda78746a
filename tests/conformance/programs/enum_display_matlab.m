% Showing enumeration members (WeekDays.m in enum_display_matlab.files): a member and an array of
% members without a semicolon and through disp, an empty array of members, a member in a struct's
% field, the column enumeration returns, and the enumeration function without outputs (in command
% and function form).
% EXPECTED: hand-written from MATLAB's documentation (enumeration: "Enumeration members for class
% 'NAME':" then the names, and m shown as "2×1 NAME enumeration array" then the names, each padded
% to its column's width; Operations on Enumerations: "1×2 WeekDays enumeration array"; a member
% shows as "NAME enumeration" then its name; an empty array as "0×0 empty NAME enumeration array",
% as MATLAB writes the size of other empty arrays; a struct shows a member field by its name, as
% it shows graphics objects' OnOffSwitchState properties: "Visible: on"), framed as mcc frames the
% display of objects and structs (runtime-support/src/format/DISPLAY.md: a blank line first, "name
% = ", a blank line, the value, a blank line); disp shows the same text without the frame. Octave
% 7.3 cannot parse an enumeration block.
today = WeekDays.Tuesday
disp(today)
meetings = [WeekDays.Wednesday WeekDays.Friday]
disp(meetings)
none = meetings([])
rec.day = WeekDays.Friday;
rec.count = 2;
rec
m = enumeration(today)
enumeration WeekDays
enumeration(today)
