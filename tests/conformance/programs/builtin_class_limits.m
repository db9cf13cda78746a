% Class predicates and limits: isfloat isinteger ismatrix issquare, uint32
% uint64, realmax realmin flintmax with their class arguments.
fprintf('isfloat: %d %d %d %d %d %d\n', isfloat(1), isfloat(single(1)), isfloat(int8(1)), isfloat(true), isfloat('a'), isfloat(1i));
fprintf('isinteger: %d %d %d %d %d\n', isinteger(1), isinteger(int8(1)), isinteger(uint64(7)), isinteger(true), isinteger('a'));
fprintf('ismatrix: %d %d %d %d %d\n', ismatrix(5), ismatrix([]), ismatrix(ones(2, 3)), ismatrix(zeros(2, 2, 2)), ismatrix(zeros(2, 0)));
fprintf('issquare: %d %d %d %d %d\n', issquare(5), issquare([]), issquare(ones(3)), issquare(ones(2, 3)), issquare(zeros(2, 2, 2)));
a = uint32(4294967295.7);
fprintf('uint32: %s %u %u %u %u\n', class(a), a, uint32(-3), uint32(2.5), uint32(3.5));
fprintf('uint32 arithmetic saturates: %u %u %u\n', uint32(4e9) + uint32(4e9), uint32(5) - uint32(9), uint32(7) / uint32(2));
b = uint64(18446744073709551615);
fprintf('uint64: %s %u %u %u\n', class(b), b, uint64(-1), uint64(2.5));
fprintf('uint64 of NaN and Inf: %u %u\n', uint64(NaN), uint64(Inf));
fprintf('uint32 of char and logical: %u %u\n', uint32('A'), uint32(true));
fprintf('intmax/intmin: %u %u %d\n', intmax('uint32'), intmin('uint32'), intmin('int32'));
fprintf('realmax: %.17g %.9g %s\n', realmax, realmax('single'), class(realmax('single')));
fprintf('realmin: %.17g %.9g %s\n', realmin, realmin('single'), class(realmin('single')));
fprintf('realmax(''double'') %d, realmin(''double'') %d\n', realmax('double') == realmax, realmin('double') == realmin);
fprintf('flintmax: %.17g %.9g %s\n', flintmax, flintmax('single'), class(flintmax('single')));
fprintf('flintmax + 1 == flintmax: %d, flintmax - 1 differs: %d\n', flintmax + 1 == flintmax, flintmax - 1 ~= flintmax);
fprintf('realmin/2 is subnormal and nonzero: %d %d\n', realmin / 2 < realmin, realmin / 2 > 0);
fprintf('realmax*2 = %g\n', realmax * 2);
