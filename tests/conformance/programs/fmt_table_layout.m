% Fixed-width report layout: %-*s and %*d with computed widths, right-aligned numbers,
% separators built with repmat, column totals, and cells of mixed text and numbers.
items = {'Widget', 4, 3.5; 'Gadget Pro', 12, 19.99; 'Nut', 250, 0.04; 'Gear', 7, 12};
w = max(cellfun(@length, items(:, 1)));
w = max(w, length('Item'));
hdr = sprintf('%-*s | %5s | %8s | %9s', w, 'Item', 'Qty', 'Price', 'Total');
fprintf('%s\n', hdr);
fprintf('%s\n', repmat('-', 1, length(hdr)));
grand = 0;
for k = 1:size(items, 1)
  t = items{k, 2} * items{k, 3};
  grand = grand + t;
  fprintf('%-*s | %5d | %8.2f | %9.2f\n', w, items{k, 1}, items{k, 2}, items{k, 3}, t);
end
fprintf('%s\n', repmat('=', 1, length(hdr)));
fprintf('%*s | %5d | %8s | %9.2f\n', w, 'TOTAL', sum([items{:, 2}]), '', grand);
fprintf('[%*d]\n', 6, 42);
fprintf('[%-*d]\n', 6, 42);
fprintf('[%*.*f]\n', 10, 3, pi);
fprintf('[%+8.2e]\n', 12345.678);
fprintf('[%08.3f]\n', -3.14159);
fprintf('[%x] [%o] [%E]\n', 3054, 64, 0.5);
for k = 1:3
  fprintf('%s%d\n', repmat(' ', 1, 2 * (k - 1)), k);
end
pct = [0.1234 0.5 0.98765];
fprintf('%5.1f%%\n', 100 * pct);
fprintf('%s\n', sprintf('%-6s', 'a', 'bb', 'ccc'));
fprintf('|%s|\n', strjust(sprintf('%6s', 'ab'), 'left'));
fprintf('|%s|\n', strjust('ab    ', 'center'));
