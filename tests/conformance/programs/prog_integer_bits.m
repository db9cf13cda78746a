% Integer classes in a packet encoder: saturation, rounding on conversion, mixed
% arithmetic classes, intmin/intmax, bitand/bitor/bitxor/bitshift, dec2bin, mod/rem of
% negatives, idivide, typecast-free byte packing.
a = uint8(200);
b = uint8(100);
fprintf('uint8 200+100 = %d, 100-200 = %d, 20*20 = %d\n', a + b, b - a, uint8(20) * uint8(20));
fprintf('int8(-100) - 100 = %d, -int8(-128) = %d, abs(int8(-128)) = %d\n', int8(-100) - 100, -int8(-128), abs(int8(-128)));
fprintf('rounding: %d %d %d %d\n', int16(2.5), int16(-2.5), int16(3.49), uint8(-3));
fprintf('division rounds: %d %d %d\n', int32(7) / int32(2), int32(-7) / int32(2), uint8(5) / uint8(3));
x = int16(1000) * 0.5;
fprintf('int16*double: %d (%s)\n', x, class(x));
y = single(1.5) + 2;
fprintf('single+double class %s\n', class(y));
fprintf('intmax/intmin: %d %d %d %u\n', intmax('int8'), intmin('int8'), intmin('int32'), intmax('uint32'));
fprintf('int64 large: %d\n', intmax('int64') - 1);
fprintf('class of int8 .* logical: %s\n', class(int8(3) .* true));
fprintf('double(int) division: %g\n', double(int32(7)) / 2);

% bit manipulation for a packet header
version = 2; flags = 5; length_ = 300;
hdr = bitor(bitshift(uint16(version), 12), bitor(bitshift(uint16(flags), 8), uint16(bitand(length_, 255))));
fprintf('header 0x%04X = %s\n', hdr, dec2bin(hdr, 16));
fprintf('version %d flags %d low length %d\n', bitshift(hdr, -12), bitand(bitshift(hdr, -8), 15), bitand(hdr, 255));
fprintf('bitxor %d, bitget %s, bitset %d\n', bitxor(12, 10), mat2str(double(bitget(uint8(10), 4:-1:1))), bitset(0, 3));
fprintf('bitshift overflow uint8: %d\n', bitshift(uint8(255), 1));
fprintf('dec2bin %s, bin2dec %d, dec2hex %s, hex2dec %d\n', dec2bin(37), bin2dec('100101'), dec2hex(255), hex2dec('1F'));
% parity of bytes
bytes = uint8([7 8 255 0 19]);
par = zeros(size(bytes));
for i = 1:numel(bytes)
    v = bytes(i); p = 0;
    while v > 0
        p = bitxor(p, bitand(v, 1));
        v = bitshift(v, -1);
    end
    par(i) = p;
end
fprintf('parity: %s\n', mat2str(par));
% mod and rem with negative operands
pairs = [7 3; -7 3; 7 -3; -7 -3; 5.5 2; -5.5 2];
for i = 1:size(pairs, 1)
    fprintf('mod(%g,%g) = %g  rem(%g,%g) = %g\n', pairs(i, 1), pairs(i, 2), mod(pairs(i, 1), pairs(i, 2)), pairs(i, 1), pairs(i, 2), rem(pairs(i, 1), pairs(i, 2)));
end
fprintf('mod of int8: %d %d\n', mod(int8(-7), int8(3)), rem(int8(-7), int8(3)));
fprintf('idivide floor %d, ceil %d, round %d\n', idivide(int32(7), int32(2), 'floor'), idivide(int32(7), int32(2), 'ceil'), idivide(int32(7), int32(2), 'round'));
% checksums with uint32 wraparound done by mod
h = 0;
s = double('hello world');
for c = s
    h = mod(h * 31 + c, 2^32);
end
fprintf('string hash %u\n', h);
fprintf('isinteger %d %d, isa int %d, isfloat %d\n', isinteger(int8(1)), isinteger(1), isa(uint16(1), 'integer'), isfloat(single(1)));
fprintf('cast %d, class %s\n', cast(300.7, 'uint8'), class(cast(1, 'int64')));
fprintf('sum of uint8 class %s value %d\n', class(sum(uint8([200 200]))), sum(uint8([200 200])));
fprintf('int colon: %s\n', mat2str(int8(1):int8(3)));
