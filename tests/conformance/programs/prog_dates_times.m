% Calendar arithmetic for a maintenance schedule: datenum of fixed dates, datestr with
% explicit formats, weekday, day differences, adding months by hand, leap years, and
% a duration in h:m:s formatted with fix/mod.
d0 = datenum(2024, 1, 31);
fprintf('datenum(2024,1,31) = %d\n', d0);
fprintf('%s\n', datestr(d0, 'yyyy-mm-dd'));
fprintf('%s\n', datestr(datenum(2023, 12, 25, 14, 30, 5), 'yyyy-mm-dd HH:MM:SS'));
fprintf('%s\n', datestr(d0 + 1, 'dd/mm/yyyy'));
[n, s] = weekday(d0);
fprintf('weekday %d (%s)\n', n, s);
span = datenum(2024, 12, 25) - datenum(2024, 3, 1);
fprintf('days from 1 Mar to 25 Dec 2024: %d\n', span);
% every 45 days from a start date
start = datenum(2024, 2, 10);
for k = 0:4
    d = start + 45 * k;
    v = datevec(d);
    fprintf('service %d: %04d-%02d-%02d\n', k + 1, v(1), v(2), v(3));
end
% end of month by datenum day 0 of the next month
for m = [2 4 12]
    eom = datenum(2024, m + 1, 0);
    v = datevec(eom);
    fprintf('last day of 2024-%02d is %d\n', m, v(3));
end
for y = [1900 2000 2023 2024]
    fprintf('%d leap: %d\n', y, isLeap(y));
end
% durations
secs = [59 3600 3725 86399 90061];
for t = secs
    h = fix(t / 3600);
    mnt = fix(mod(t, 3600) / 60);
    sc = mod(t, 60);
    fprintf('%6d s = %02d:%02d:%02d\n', t, h, mnt, sc);
end
v = datevec(datenum(2020, 2, 29, 23, 59, 30) + 1/48);
fprintf('plus 30 min: %s\n', mat2str(v));
fprintf('day of year 2024-03-01: %d\n', datenum(2024, 3, 1) - datenum(2024, 1, 0));
fprintf('eomday(2023,2)=%d eomday(2024,2)=%d\n', eomday(2023, 2), eomday(2024, 2));
fprintf('calendar month fix: %s\n', datestr(datenum(2024, 14, 1), 'yyyy-mm-dd'));

function tf = isLeap(y)
    tf = (mod(y, 4) == 0 && mod(y, 100) ~= 0) || mod(y, 400) == 0;
end
