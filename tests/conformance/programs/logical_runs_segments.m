% Finding runs and segments in signals: run-length encoding with diff/find, the longest run,
% threshold crossings, segments above a level with start/end indices, and gaps.
x = [0 0 1 1 1 0 1 1 0 0 0 1 1 1 1 0];
d = diff([0 x 0]);
starts = find(d == 1);
ends = find(d == -1) - 1;
fprintf('runs of ones: %d\n', numel(starts));
for k = 1:numel(starts)
  fprintf('  [%d..%d] length %d\n', starts(k), ends(k), ends(k) - starts(k) + 1);
end
[len, which] = max(ends - starts + 1);
fprintf('longest run %d starting at %d\n', len, starts(which));
v = [1 1 1 2 2 3 3 3 3 1];
change = [true, diff(v) ~= 0];
vals = v(change);
lens = diff([find(change), numel(v) + 1]);
fprintf('rle values %s lengths %s\n', mat2str(vals), mat2str(lens));
back = repelem(vals, lens);
fprintf('decoded ok: %d\n', isequal(back, v));
t = 0:0.5:5;
s = sin(t);
up = find(s(1:end-1) < 0.5 & s(2:end) >= 0.5);
down = find(s(1:end-1) >= 0.5 & s(2:end) < 0.5);
fprintf('up crossings %s down crossings %s\n', mat2str(up), mat2str(down));
level = [2 5 7 8 3 1 6 9 9 4];
above = level > 4;
seg = diff([false above false]);
fprintf('segments above 4: %s to %s\n', mat2str(find(seg == 1)), mat2str(find(seg == -1) - 1));
gaps = diff(find(above)) - 1;
fprintf('gaps between samples above: %s\n', mat2str(gaps));
fprintf('fraction above: %.2f\n', mean(above));
fprintf('first index above 8: %d\n', find(level > 8, 1));
fprintf('last below 3: %d\n', find(level < 3, 1, 'last'));
z = [3 -1 -2 4 5 -6];
fprintf('sign changes: %d\n', sum(abs(diff(sign(z))) == 2));
fprintf('positive streak max: %d\n', max(diff([0 find(z <= 0) numel(z) + 1]) - 1));
