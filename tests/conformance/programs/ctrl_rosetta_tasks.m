% Rosetta-style tasks: FizzBuzz, a Caesar cipher with logical masks, palindromes, Collatz, Roman numerals, a spiral matrix, Game of Life by conv2, bubble sort.
for i = 1:15
  if mod(i, 15) == 0, s = 'FizzBuzz';
  elseif mod(i, 3) == 0, s = 'Fizz';
  elseif mod(i, 5) == 0, s = 'Buzz';
  else, s = num2str(i);
  end
  fprintf('%s ', s);
end
fprintf('\n');
msg = 'Hello, World!';
shift = 3;
enc = msg;
up = msg >= 'A' & msg <= 'Z'; lo = msg >= 'a' & msg <= 'z';
enc(up) = char(mod(msg(up) - 'A' + shift, 26) + 'A');
enc(lo) = char(mod(msg(lo) - 'a' + shift, 26) + 'a');
fprintf('%s\n', enc);
words = {'level', 'hello', 'A man a plan a canal Panama'};
for k = 1:numel(words)
  w = lower(words{k}); w = w(isletter(w));
  fprintf('%s: %d\n', words{k}, strcmp(w, fliplr(w)));
end
n = 27; steps = 0; peak = n;
while n ~= 1
  if mod(n, 2), n = 3*n + 1; else, n = n / 2; end
  steps = steps + 1; peak = max(peak, n);
end
fprintf('collatz 27: %d steps, peak %d\n', steps, peak);
vals = [1000 900 500 400 100 90 50 40 10 9 5 4 1];
syms = {'M', 'CM', 'D', 'CD', 'C', 'XC', 'L', 'XL', 'X', 'IX', 'V', 'IV', 'I'};
for num = [1990 2024 4 3999]
  r = ''; x = num;
  for k = 1:numel(vals)
    while x >= vals(k), r = [r syms{k}]; x = x - vals(k); end
  end
  fprintf('%d = %s\n', num, r);
end
M = zeros(4); v = 1; top = 1; bot = 4; lft = 1; rgt = 4;
while v <= 16
  for c = lft:rgt, M(top, c) = v; v = v + 1; end; top = top + 1;
  for r = top:bot, M(r, rgt) = v; v = v + 1; end; rgt = rgt - 1;
  for c = rgt:-1:lft, M(bot, c) = v; v = v + 1; end; bot = bot - 1;
  for r = bot:-1:top, M(r, lft) = v; v = v + 1; end; lft = lft + 1;
end
fprintf('%3d%3d%3d%3d\n', M');
G = zeros(6); G(2, 3) = 1; G(3, 4) = 1; G(4, 2:4) = 1;
for gen = 1:4
  N = conv2(G, [1 1 1; 1 0 1; 1 1 1], 'same');
  G = double((G & (N == 2 | N == 3)) | (~G & N == 3));
end
for r = 1:6, fprintf('%s\n', char('.' + ('#' - '.') * G(r, :))); end
a = [5 3 8 1 9 2]; n = numel(a);
for i = 1:n-1
  for j = 1:n-i
    if a(j) > a(j+1), a([j j+1]) = a([j+1 j]); end
  end
end
fprintf('%d ', a); fprintf('\n');
