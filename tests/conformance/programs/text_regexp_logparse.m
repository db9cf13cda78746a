% Parse log lines with regexp: named tokens, tokens, 'once', match, split, start indices.
logs = {'2024-01-05 12:00:01 ERROR [disk] Write failed (code=17)', ...
        '2024-01-05 12:00:05 INFO [net] Connected to 10.0.0.5:8080', ...
        '2024-01-05 12:01:10 WARN [disk] Usage at 91%', ...
        'garbage line', ...
        '2024-01-06 08:30:00 ERROR [net] Timeout after 30s (code=110)'};
pat = '^(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]+) (?<level>[A-Z]+) \[(?<mod>\w+)\] (?<msg>.*)$';
nerr = 0;
for k = 1:numel(logs)
  r = regexp(logs{k}, pat, 'names');
  if isempty(r)
    fprintf('%d: no match\n', k);
    continue;
  end
  fprintf('%d: %s %s %-5s %-4s | %s\n', k, r.date, r.time, r.level, r.mod, r.msg);
  if strcmp(r.level, 'ERROR')
    nerr = nerr + 1;
    c = regexp(r.msg, 'code=(\d+)', 'tokens', 'once');
    if ~isempty(c)
      fprintf('   error code %d\n', str2double(c{1}));
    end
  end
end
fprintf('errors: %d\n', nerr);
ip = regexp(logs{2}, '(\d+)\.(\d+)\.(\d+)\.(\d+):(\d+)', 'tokens');
fprintf('ip parts: %s\n', strjoin(ip{1}, '|'));
nums = regexp('a1b22c333d', '\d+', 'match');
fprintf('numbers: %s -> sum %d\n', strjoin(nums, ','), sum(str2double(nums)));
[tok, rest] = strtok('  alpha beta gamma');
fprintf('strtok: [%s] [%s]\n', tok, rest);
words = regexp('The quick, brown fox; jumps', '[,;\s]+', 'split');
fprintf('%d words: %s\n', numel(words), strjoin(words, '/'));
idx = regexp('abcabcab', 'ab');
fprintf('starts: %s\n', mat2str(idx));
[s, e] = regexp('x=10;y=200', '\d+');
fprintf('spans: %s %s\n', mat2str(s), mat2str(e));
m = regexp('Hello World', '[A-Z]', 'match', 'once');
fprintf('first capital: %s\n', m);
d = regexp('no digits', '\d+', 'match', 'once');
fprintf('once no match: class %s, empty %d\n', class(d), isempty(d));
out = regexprep('2024-01-05', '(\d+)-(\d+)-(\d+)', '$3/$2/$1');
fprintf('reformatted: %s\n', out);
fprintf('case-insensitive: %d\n', numel(regexpi('aAbBa', 'a', 'match')));
