% idivide (fix, round, floor, ceil), bitand/bitor/bitxor/bitshift/bitcmp on integer classes and doubles, cast, typecast.
a = int32([7 -7 8 -8 5]);
pmat('idivide round', idivide(a, int32(2), 'round'));
pmat('idivide floor', idivide(a, int32(2), 'floor'));
pmat('idivide ceil', idivide(a, int32(2), 'ceil'));
pmat('idivide double divisor', idivide(int16([10 11]), 4));
pmat('idivide by zero', idivide(int8([5 0]), int8(0)));
pmat('idivide uint8', idivide(uint8(200), uint8([3 7])));
pmat('bitand', bitand(uint8([12 255 7]), uint8([10 15 8])));
pmat('bitor', bitor(uint8(12), uint8([10 3])));
pmat('bitxor', bitxor(uint16([12 65535]), uint16(10)));
pmat('bitand double', bitand([12 6], 10));
pmat('bitor double', bitor(2^40, 1));
pmat('bitxor double', bitxor(5, [1 2 4]));
pmat('bitshift', bitshift(uint8([1 3 255]), [2 1 1]));
pmat('bitshift right', bitshift(uint8(255), -4));
pmat('bitshift double', bitshift([1 5], 3));
pmat('bitshift double right', bitshift(1024, -3));
pmat('bitshift int8 neg', bitshift(int8(-8), -1));
pmat('bitcmp uint8', bitcmp(uint8([0 5 255])));
pmat('bitcmp int8', bitcmp(int8([0 5 -1])));
pmat('bitcmp uint16', bitcmp(uint16(1)));
pmat('cast', cast([1.6 -2.5 300], 'int8'));
pmat('cast single', cast(int8(5), 'single'));
pmat('cast like', cast([1.5 2.5], 'like', uint8(1)));
pmat('cast logical', cast([0 2], 'logical'));
pmat('typecast', typecast(uint8([1 0 0 0]), 'uint32'));
pmat('typecast col', typecast(uint16([1; 256]), 'uint8'));
pmat('typecast single', typecast(single(1), 'uint32'));
pmat('typecast double', typecast(1, 'uint16'));
pmat('typecast int8', typecast(int8(-1), 'uint8'));

function pmat(label, X)
  fprintf('%s: %s size', label, class(X));
  fprintf(' %d', size(X));
  fprintf(' |');
  fprintf(' %g', double(X(:)));
  fprintf('\n');
end
