% CSV round trip: write a header and rows with fprintf to a temporary file, read it back
% with fgetl/strsplit/str2double, check the values, summarise per column, and delete it.
fn = [tempname '.csv'];
fid = fopen(fn, 'w');
fprintf(fid, 'time,flow,pressure,valve\n');
t = 0:0.25:1.5;
flow = 10 + 2*sin(t);
pres = 101.3 - 0.8*t.^2;
valve = {'open', 'open', 'half', 'half', 'closed', 'closed', 'open'};
for k = 1:numel(t)
    fprintf(fid, '%.2f,%.6f,%.4f,%s\n', t(k), flow(k), pres(k), valve{k});
end
fclose(fid);
fid = fopen(fn, 'r');
header = strsplit(fgetl(fid), ',');
rows = {};
while true
    ln = fgetl(fid);
    if ~ischar(ln), break; end
    rows(end+1, :) = strsplit(ln, ','); %#ok<AGROW>
end
fclose(fid);
fprintf('%d columns: %s; %d rows\n', numel(header), strjoin(header, '|'), size(rows, 1));
num = str2double(rows(:, 1:3));
fprintf('flow read back within 1e-6: %d, pressure within 1e-4: %d\n', max(abs(num(:, 2)' - flow)) < 1e-6, max(abs(num(:, 3)' - pres)) < 1e-4);
for c = 1:3
    fprintf('%-9s min %9.4f max %9.4f mean %9.4f\n', header{c}, min(num(:, c)), max(num(:, c)), mean(num(:, c)));
end
[states, ~, g] = unique(rows(:, 4));
for k = 1:numel(states)
    fprintf('%-7s %d rows, mean flow %.4f\n', states{k}, sum(g == k), mean(num(g == k, 2)));
end
txt = fileread(fn);
fprintf('%d characters, %d lines\n', numel(txt), sum(txt == newline));
delete(fn);
fprintf('deleted: %d\n', ~isfile(fn));
