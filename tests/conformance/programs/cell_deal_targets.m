% Comma-separated lists as assignment targets: [c{...}] = deal(...) and
% [s.f] = deal(...), one value for all or one each.
c = cell(1, 3);
[c{:}] = deal(0);
fprintf('%g ', c{:}); fprintf('\n');
[c{2:3}] = deal('a', 'b');
fprintf('%s %s\n', c{2}, c{3});
s = struct('f', {1, 2, 3});
[s.f] = deal(9);
fprintf('%g ', s.f); fprintf('\n');
vals = {4, 5, 6};
[s.g] = deal(vals{:});
fprintf('%g ', s.g); fprintf('\n');
[d{1:2}] = deal(1, 2);
fprintf('%g %g\n', d{:});
