function func_file_noend()
% A function file whose functions have no `end`: each one runs to the next
% `function` line.
x = [9 4 7 1 8];
fprintf('largest gap: %d\n', largest_gap(x));
[lo, hi] = bounds_of(x);
fprintf('bounds: %d %d\n', lo, hi);
fprintf('palindrome racecar: %d, abc: %d\n', is_pal('racecar'), is_pal('abc'));
if lo < 5
  fprintf('loop with if inside a no-end function works\n');
end

function g = largest_gap(v)
s = sort(v);
g = max(diff(s));

function [lo, hi] = bounds_of(v)
lo = min(v);
hi = max(v);
while hi > 100
  hi = hi / 10;
end

function r = is_pal(s)
r = isequal(s, fliplr(s));
