% bitget and bitset: flags in a status register, popcounts, bit-reversal,
% and perms for the orderings of a small set.
status = uint8(0);
status = bitset(status, 1);          % power on
status = bitset(status, 4);          % alarm
status = bitset(status, 8, 1);       % ready
fprintf('status = %d (%s)\n', status, dec2bin(status, 8));
names = {'power', 'link', 'busy', 'alarm', 'tx', 'rx', 'err', 'ready'};
on = names(logical(bitget(status, 1:8)));
fprintf('flags on: %s\n', strjoin(on, ', '));
status = bitset(status, 4, 0);
fprintf('after clearing alarm: %d, bit 4 = %d\n', status, bitget(status, 4));
v = uint16([0 1 255 256 1023 65535]);
pop = zeros(size(v));
for k = 1:16
    pop = pop + double(bitget(v, k));
end
fprintf('popcounts: %s\n', mat2str(pop));
fprintf('bitget of doubles: %s\n', sprintf('%d', bitget(37, 6:-1:1)));
fprintf('bitset vector: %s\n', mat2str(bitset([0 0 0], [1 2 3])));
fprintf('bitset int8: %d\n', bitset(int8(5), 7));
fprintf('bitset double high bit: %d\n', bitset(0, 40));
x = uint8(22);
r = uint8(0);
for k = 1:8
    r = bitset(r, 9 - k, bitget(x, k));
end
fprintf('reverse of %s is %s\n', dec2bin(x, 8), dec2bin(r, 8));
P = perms([1 2 3]);
fprintf('perms([1 2 3]):\n');
fprintf('  %d %d %d\n', P');
fprintf('perms of char: %s\n', strjoin(cellstr(perms('abc'))', ' '));
fprintf('perms count of 1:5: %d, class of int8 perms: %s\n', size(perms(1:5), 1), class(perms(int8([4 5]))));
best = inf;
D = [0 2 9 10; 1 0 6 4; 15 7 0 8; 6 3 12 0];
for p = perms(2:4)'
    route = [1 p' 1];
    c = sum(D(sub2ind(size(D), route(1:end-1), route(2:end))));
    if c < best, best = c; bestRoute = route; end
end
fprintf('shortest tour %s cost %d\n', mat2str(bestRoute), best);
