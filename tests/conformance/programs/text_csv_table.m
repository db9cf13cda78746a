% CSV-like records: strsplit on commas, str2double of fields, column sums, a formatted table.
data = {'name,qty,price', 'bolt,120,0.05', 'nut,300,0.02', 'washer,75,0.01', 'gear,4,12.50', 'belt,,3.75'};
hdr = strsplit(data{1}, ',');
n = numel(data) - 1;
names = cell(n, 1);
vals = zeros(n, 2);
for k = 1:n
  f = strsplit(data{k+1}, ',', 'CollapseDelimiters', false);
  names{k} = f{1};
  vals(k, :) = str2double(f(2:3));
end
fprintf('%-8s %5s %8s %9s\n', hdr{:}, 'total');
for k = 1:n
  fprintf('%-8s %5d %8.2f %9.2f\n', names{k}, vals(k,1), vals(k,2), vals(k,1)*vals(k,2));
end
missing = isnan(vals(:,1));
fprintf('missing qty: %s\n', strjoin(names(missing)', ', '));
vals(missing, 1) = 0;
tot = vals(:,1) .* vals(:,2);
fprintf('grand total: %.2f\n', sum(tot));
[~, imax] = max(tot);
fprintf('largest line: %s\n', names{imax});
fprintf('mean price: %.4f, median qty: %g\n', mean(vals(:,2)), median(vals(:,1)));
nums = str2double({'1e3', ' 42 ', '-0.5', 'abc', '', 'Inf', '3+4i'});
fprintf('%g ', real(nums)); fprintf('\n');
fprintf('str2double of number: %g\n', str2double(5));
c = textscan_like('10 20 30');
fprintf('parsed %d values, sum %d\n', numel(c), sum(c));

function v = textscan_like(s)
  v = sscanf(s, '%d')';
end
