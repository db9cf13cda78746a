% Byte-level work: uint8 arrays from text, checksums with mod and bitxor, a CRC-8 loop with
% bitshift/bitand, hex formatting, typecast of little-endian bytes, bit counting.
msg = 'Hello, MATLAB!';
bytes = uint8(msg);
fprintf('%d bytes, first %d last %d, class %s\n', numel(bytes), bytes(1), bytes(end), class(bytes));
s8 = mod(sum(double(bytes)), 256);
fprintf('sum mod 256: %d (0x%02X)\n', s8, s8);
x = uint8(0);
for b = bytes
  x = bitxor(x, b);
end
fprintf('xor checksum: %d\n', x);
crc = uint8(0);
poly = uint8(7);
for b = bytes
  crc = bitxor(crc, b);
  for k = 1:8
    if bitand(crc, uint8(128))
      crc = bitxor(bitshift(crc, 1), poly);
    else
      crc = bitshift(crc, 1);
    end
  end
end
fprintf('crc-8: 0x%02X\n', crc);
fprintf('hex: %s\n', sprintf('%02x', bytes(1:5)));
fprintf('dec2hex: %s\n', strjoin(cellstr(dec2hex(bytes(1:3)))', ' '));
w = typecast(uint8([1 2 3 4]), 'uint16');
fprintf('uint16 words: %s\n', mat2str(double(w)));
d = typecast(uint32(1), 'uint8');
fprintf('little-endian: %s\n', mat2str(double(d)));
v = uint16(43981);
fprintf('bits set: %d\n', sum(bitget(v, 1:16)));
fprintf('swap bytes: 0x%04X\n', bitor(bitshift(v, -8), bitshift(bitand(v, 255), 8)));
fprintf('char back: %s\n', char(bytes(8:13)));
fprintf('upper via bytes: %s\n', char(bytes - uint8(32 * (bytes >= 97 & bytes <= 122))));
n = uint32(305419896);
fprintf('nibbles: %s\n', sprintf('%X', bitand(bitshift(n, -4 * (7:-1:0)), 15)));
fprintf('int overflow wraps? %d\n', uint8(250) + uint8(10));
