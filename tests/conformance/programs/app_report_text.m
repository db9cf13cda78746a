% Text report: a table of parts with sprintf padding, num2str, column alignment, totals,
% strjust/strtrim, upper/lower, regexprep with tokens and a wrapped paragraph.
parts = struct('name', {'bolt M6', 'nut M6', 'washer', 'bracket-L', 'hinge'}, ...
               'qty', {120, 115, 300, 12, 8}, 'price', {0.12, 0.05, 0.02, 4.75, 12.5});
fprintf('%-12s%6s%10s%12s\n', 'Part', 'Qty', 'Price', 'Total');
fprintf('%s\n', repmat('-', 1, 40));
grand = 0;
for p = parts
    total = p.qty * p.price;
    grand = grand + total;
    fprintf('%-12s%6d%10.2f%12.2f\n', p.name, p.qty, p.price, total);
end
fprintf('%s\n%-28s%12.2f\n', repmat('=', 1, 40), 'Grand total', grand);
[~, idx] = max([parts.qty] .* [parts.price]);
fprintf('largest line: %s\n', upper(parts(idx).name));
codes = regexprep({parts.name}, '(\w+)\s+M(\d+)', '$1-$2mm');
fprintf('%s|', codes{:}); fprintf('\n');
s = regexprep('2024-03-15', '(\d+)-(\d+)-(\d+)', '$3/$2/$1');
disp(s);
s = regexprep('aaa bbb', 'a', 'X', 'once');
disp(s);
s = regexprep('Price: 10 USD, 20 USD', '(\d+) USD', '$$$1');
disp(s);
words = strsplit('The quick brown fox jumps over the lazy dog and keeps running far away', ' ');
line = '';
for k = 1:numel(words)
    if numel(line) + numel(words{k}) + 1 > 20
        fprintf('[%-20s]\n', line);
        line = words{k};
    elseif isempty(line)
        line = words{k};
    else
        line = [line ' ' words{k}];
    end
end
fprintf('[%-20s]\n', line);
c = strjust(['a  '; 'bb '; 'ccc'], 'right');
disp(c);
fprintf('<%s>\n', strtrim(sprintf('  %5.1f  ', 3.14159)));
fprintf('%s\n', num2str([1.5 2.25; 3 4]));
fprintf('%s\n', num2str(pi, 8));
fprintf('%s\n', num2str(42));
fprintf('[%s]\n', sprintf('%+.2e', 12345.678));
