% Status registers: bit flags with bitand/bitor/bitshift, dec2bin/bin2dec/dec2hex,
% uint8/uint16 arithmetic saturation, and a decoded report per device.
regs = uint16([0 5 1024 65535 4660]);
names = {'power', 'ready', 'fault', 'busy'};
bitsOf = [1 3 11 16];
for r = regs
    on = {};
    for k = 1:numel(names)
        if bitand(r, bitshift(uint16(1), bitsOf(k) - 1)), on{end+1} = names{k}; end %#ok<AGROW>
    end
    if isempty(on), on = {'-'}; end
    fprintf('%5d 0x%s %s: %s\n', r, dec2hex(r, 4), dec2bin(r, 16), strjoin(on, ','));
end
fprintf('%d\n', bin2dec('1011'));
fprintf('%s %s\n', dec2hex(255), dec2bin(10));
fprintf('%d ', hex2dec({'FF', '10', '0'})); fprintf('\n');
a = uint8(200); b = uint8(100);
fprintf('%d %d %d %d\n', a + b, b - a, a * 2, a / 3);
fprintf('%d %d\n', bitor(uint8(12), uint8(3)), bitxor(uint8(12), uint8(10)));
fprintf('%d %d\n', bitshift(1, 4), bitshift(256, -3));
x = int16(-7);
fprintf('%d %d %d\n', x / 2, x * 3, mod(x, 3));
mask = uint32(0);
for b = [0 2 5 31]
    mask = bitset(mask, b + 1);
end
fprintf('%u %s\n', mask, dec2bin(mask));
fprintf('%d ', bitget(uint8(165), 8:-1:1)); fprintf('\n');
fprintf('%s %s\n', class(uint8(5) + 3), class(int8(5) * 2.6));
fprintf('%d\n', int8(5) * 2.6);
fprintf('%d %d\n', intmax('int16'), intmin('int8'));
v = typecast(single(1), 'uint32');
fprintf('%s\n', dec2hex(v));
checksum = mod(sum(double('HELLO')), 256);
fprintf('checksum %d 0x%02X\n', checksum, checksum);
