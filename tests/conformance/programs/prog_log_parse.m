% Parsing log lines with regexp: tokens, names, 'once', split, and a summary per
% level with counts, durations and the slowest request.
lines = {
    '2024-03-01 12:00:01 INFO  [web] GET /index.html 200 12ms'
    '2024-03-01 12:00:02 WARN  [db] slow query took 850ms'
    '2024-03-01 12:00:03 INFO  [web] GET /api/users 200 45ms'
    '2024-03-01 12:00:05 ERROR [web] POST /api/login 500 120ms'
    'garbage line without structure'
    '2024-03-01 12:00:09 INFO  [auth] token refreshed'
    '2024-03-01 12:01:10 ERROR [db] connection reset'
    '2024-03-01 12:01:11 INFO  [web] GET /index.html 304 3ms'
};
pat = '^(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]+) (?<level>\w+)\s+\[(?<src>\w+)\] (?<msg>.*)$';
levels = {};
nbad = 0;
recs = struct('time', {}, 'level', {}, 'src', {}, 'msg', {});
for i = 1:numel(lines)
    tok = regexp(lines{i}, pat, 'names');
    if isempty(tok)
        nbad = nbad + 1;
        continue
    end
    recs(end+1) = struct('time', tok.time, 'level', tok.level, 'src', tok.src, 'msg', tok.msg); %#ok<AGROW>
    levels{end+1} = tok.level; %#ok<AGROW>
end
fprintf('%d records parsed, %d rejected\n', numel(recs), nbad);
[ul, ~, j] = unique(levels);
cnt = accumarray(j(:), 1);
for i = 1:numel(ul)
    fprintf('%-5s %d\n', ul{i}, cnt(i));
end
% HTTP requests: method, path, status, duration
total = 0; slowest = ''; worst = -1;
for i = 1:numel(recs)
    t = regexp(recs(i).msg, '^(GET|POST) (\S+) (\d{3}) (\d+)ms$', 'tokens', 'once');
    if isempty(t), continue; end
    ms = str2double(t{4});
    total = total + ms;
    if ms > worst
        worst = ms; slowest = sprintf('%s %s', t{1}, t{2});
    end
    fprintf('%-4s %-14s status=%s %4dms\n', t{1}, t{2}, t{3}, ms);
end
fprintf('total request time %dms, slowest: %s\n', total, slowest);
% durations anywhere in the text
d = regexp(strjoin(lines', ' '), '(\d+)ms', 'tokens');
ds = cellfun(@(c) str2double(c{1}), d);
fprintf('all durations: %s\n', mat2str(ds));
% split time into fields and compute seconds since midnight
secs = zeros(1, numel(recs));
for i = 1:numel(recs)
    hms = sscanf(recs(i).time, '%d:%d:%d');
    secs(i) = hms' * [3600; 60; 1];
end
fprintf('gaps between records (s): %s\n', mat2str(diff(secs)));
[s, e] = regexp('abc123def45', '\d+');
fprintf('starts %s ends %s\n', mat2str(s), mat2str(e));
parts = regexp('a,b;;c', '[,;]', 'split');
fprintf('split: %d parts: %s\n', numel(parts), strjoin(cellfun(@(p) ['"' p '"'], parts, 'UniformOutput', false), ' '));
fprintf('once match: %s\n', regexp('key=value', '=(\w+)', 'match', 'once'));
fprintf('case-insensitive: %s\n', mat2str(regexpi('ErRoR error', 'error')));
