% Integer classes in sensor/packet code: saturation, idivide, bitshift/bitand/bitor,
% intmax overflow, mixed int/double arithmetic, class of results, typecast-free packing.
raw = uint8([200 100 50 255]);
fprintf('sum saturates? %d (class %s)\n', raw(1) + raw(2), class(raw(1) + raw(2)));
fprintf('sum of vector: %d %s\n', sum(raw), class(sum(raw)));
fprintf('uint8 minus: %d\n', raw(3) - raw(1));
fprintf('scaled: %s\n', mat2str(raw * 1.5));
fprintf('halved: %s\n', mat2str(raw / 2));
fprintf('int8(-200) %d, int8(127.5) %d, uint8(-3) %d, uint8(2.5) %d\n', int8(-200), int8(127.5), uint8(-3), uint8(2.5));
fprintf('int32 rounding: %d %d %d\n', int32(2.5), int32(-2.5), int32(3.49));
a = int32(7); b = int32(2);
fprintf('7/2 = %d, idivide fix %d floor %d ceil %d round %d\n', a/b, idivide(a, b), idivide(a, b, 'floor'), idivide(a, b, 'ceil'), idivide(a, b, 'round'));
fprintf('-7/2 = %d, idivide floor %d ceil %d\n', -a/b, idivide(-a, b, 'floor'), idivide(-a, b, 'ceil'));
fprintf('mod %d rem %d\n', mod(int32(-7), int32(3)), rem(int32(-7), int32(3)));
fprintf('intmax+1: %d, intmin-1: %d\n', intmax('int32') + 1, intmin('int32') - 1);
fprintf('uint64 max: %u\n', intmax('uint64'));
fprintf('int64 big: %d\n', int64(2)^62 + 1);
hi = uint16(0xAB);
lo = uint16(0xCD);
word = bitor(bitshift(hi, 8), lo);
fprintf('packed 0x%X = %d\n', word, word);
fprintf('high byte %d, low byte %d\n', bitshift(word, -8), bitand(word, 255));
fprintf('bitxor %d, bitget %s\n', bitxor(12, 10), sprintf('%d', bitget(uint8(5), 1:4)));
fprintf('bitset %d\n', bitset(uint8(0), 8));
flags = uint8(0);
flags = bitor(flags, uint8(4));
flags = bitor(flags, uint8(1));
fprintf('flags %d, bit2 set %d, bit1 set %d\n', flags, bitand(flags, 2) > 0, bitand(flags, 1) > 0);
m = int16([100 -200 300]) .* int16(200);
fprintf('int16 product saturates: %s\n', mat2str(m));
x = int8(100);
for k = 1:3
  x = x + 50;
end
fprintf('loop saturation %d\n', x);
fprintf('class(int8+double) %s, class(single+double) %s, class(true+true) %s\n', ...
  class(int8(1) + 2.7), class(single(1) + 2), class(true + true));
fprintf('%d\n', int8(1) + 2.7);
c = double(intmax('int16')) + 1;
fprintf('as double %d\n', c);
fprintf('abs(intmin int8) %d\n', abs(intmin('int8')));
fprintf('-intmin int8 %d\n', -intmin('int8'));
fprintf('cast %d %s\n', cast(3.7, 'uint8'), class(cast(3.7, 'uint8')));
v = int32([10 20 30]);
fprintf('mean of int %g %s\n', mean(v), class(mean(v)));
fprintf('isinteger %d %d, isa float %d\n', isinteger(v), isinteger(2), isa(single(1), 'float'));
fprintf('colon int: %s %s\n', mat2str(int8(1):int8(3)), class(int8(1):int8(3)));
