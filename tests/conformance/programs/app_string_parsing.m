% Parsing key=value configuration text: strtok, strsplit with several delimiters, regexp
% with names and tokens, str2num/str2double, textscan-free number extraction, sprintf.
cfg = sprintf('name = pump-7\nrate=12.5\n# a comment\nlimits = [0.5 3 9]\nenabled= true\n\nmode = auto');
lines = strsplit(cfg, newline);
opts = struct();
for k = 1:numel(lines)
    ln = strtrim(lines{k});
    if isempty(ln) || ln(1) == '#', continue; end
    [key, rest] = strtok(ln, '=');
    key = strtrim(key); val = strtrim(rest(2:end));
    num = str2double(val);
    if ~isnan(num)
        opts.(key) = num;
    elseif val(1) == '['
        opts.(key) = str2num(val);
    elseif any(strcmp(val, {'true', 'false'}))
        opts.(key) = strcmp(val, 'true');
    else
        opts.(key) = val;
    end
end
f = fieldnames(opts);
for k = 1:numel(f)
    v = opts.(f{k});
    if ischar(v), s = v; else, s = mat2str(v); end
    fprintf('%-8s %-8s %s\n', f{k}, class(v), s);
end
tok = regexp('T=21.5C H=40% P=1013hPa', '(\w)=([\d.]+)', 'tokens');
for k = 1:numel(tok)
    fprintf('%s -> %g\n', tok{k}{1}, str2double(tok{k}{2}));
end
nm = regexp('john.doe@example.com', '(?<user>[^@]+)@(?<host>.+)', 'names');
fprintf('user %s host %s\n', nm.user, nm.host);
[s, e] = regexp('abc123def45', '\d+');
fprintf('%s %s\n', mat2str(s), mat2str(e));
m = regexp('a1b22c333', '\d+', 'match');
fprintf('%s|', m{:}); fprintf('\n');
parts = regexp('one, two;three  four', '[,;\s]+', 'split');
fprintf('%d: %s\n', numel(parts), strjoin(parts, '/'));
p2 = strsplit('a--b-c', '-', 'CollapseDelimiters', false);
fprintf('%d parts\n', numel(p2));
p3 = strsplit('x1y22z', {'1', '22'});
fprintf('%s ', p3{:}); fprintf('\n');
nums = sscanf('3 4.5 -2 7e2', '%f')';
fprintf('%g ', nums); fprintf('\n');
[a, cnt] = sscanf('10,20,30', '%d,');
fprintf('%s count %d\n', mat2str(a'), cnt);
r = fliplr('stressed');
fprintf('%s %d\n', r, strcmp(r, 'desserts'));
fprintf('%s\n', regexprep('snake_case_name', '_(\w)', '<$1>'));
fprintf('%d\n', numel(strfind('abababa', 'aba')));
fprintf('%s\n', strrep('a.b.c', '.', '::'));
x = validatestring('app', {'apple', 'banana'});
fprintf('%s\n', x);
