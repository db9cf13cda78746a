% Parsing CSV text held in a string: lines split with strsplit/regexp, numeric fields
% with str2double and sscanf, a heterogeneous cell table, validation of bad rows,
% iscellstr/ischar checks, sorting rows of a cell table and writing a CSV back.
csv = sprintf(['sku,name,qty,price,tags\n' ...
    'A100,Widget,12,2.50,metal;small\n' ...
    'B200,Gadget,,10.00,plastic\n' ...
    'C300,Doohickey,5,abc,\n' ...
    'D400,Sprocket,40,0.75,metal;gear;small\n' ...
    'E500,Gizmo,3,99.99,electronic\n']);
lines = strsplit(strtrim(csv), sprintf('\n'));
header = strsplit(lines{1}, ',');
fprintf('columns: %s\n', strjoin(header, ' | '));
tab = cell(0, 5);
bad = {};
for i = 2:numel(lines)
    f = strsplit(lines{i}, ',');
    qty = str2double(f{3});
    price = str2double(f{4});
    if isnan(qty) || isnan(price)
        bad{end + 1} = sprintf('%s (line %d)', f{1}, i); %#ok<AGROW>
        continue
    end
    tags = strsplit(f{5}, ';');
    tab(end + 1, :) = {f{1}, f{2}, qty, price, tags}; %#ok<AGROW>
end
fprintf('%d good rows, rejected: %s\n', size(tab, 1), strjoin(bad, ', '));
fprintf('first column cellstr: %d, qty numeric: %d\n', iscellstr(tab(:, 1)), all(cellfun(@isnumeric, tab(:, 3))));
value = cell2mat(tab(:, 3)) .* cell2mat(tab(:, 4));
[~, o] = sort(value, 'descend');
tab = tab(o, :);
value = value(o);
for i = 1:size(tab, 1)
    fprintf('%-5s %-9s %3d x %6.2f = %7.2f  [%s]\n', tab{i, 1:4}, value(i), strjoin(tab{i, 5}, ','));
end
% tag counts
allTags = [tab{:, 5}];
[ut, ~, j] = unique(allTags);
cnt = accumarray(j(:), 1);
for i = 1:numel(ut)
    fprintf('tag %-10s %d\n', ut{i}, cnt(i));
end
hasMetal = cellfun(@(t) any(strcmp(t, 'metal')), tab(:, 5));
fprintf('metal items: %s\n', strjoin(tab(hasMetal, 2)', ', '));
% sscanf on a fixed-format record
rec = 'T=21.5C H=40% P=1013.2hPa';
vals = sscanf(rec, 'T=%fC H=%f%% P=%fhPa');
fprintf('parsed: %s\n', mat2str(vals'));
nums = sscanf('3 4 5 6', '%d');
fprintf('sscanf column: %s\n', mat2str(nums'));
[tok, rest] = strtok('  first second third');
fprintf('strtok: "%s" rest "%s"\n', tok, rest);
% write CSV back
out = '';
for i = 1:size(tab, 1)
    out = [out sprintf('%s,%d,%.2f\n', tab{i, 1}, tab{i, 3}, tab{i, 4})]; %#ok<AGROW>
end
fprintf('%s', out);
fprintf('output has %d lines\n', numel(strfind(out, sprintf('\n'))));
fprintf('class checks: %d %d %d\n', ischar(tab{1, 1}), iscell(tab{1, 5}), isnumeric(tab{1, 4}));
