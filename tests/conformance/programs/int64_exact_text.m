% 64-bit integers print exactly through sprintf/fprintf's integer
% conversions; a double could not hold them.
a = intmax('int64');
fprintf('%d\n', a);
fprintf('%d\n', intmin('int64'));
fprintf('%u %x\n', intmax('uint64'), intmax('uint64'));
b = a - 1;
fprintf('%d %i\n', b, b);
c = int64(2)^62 + 1;
fprintf('%d\n', c);
s = sprintf('%d,', int64([9007199254740993 -9007199254740993]) + int64(2));
fprintf('%s\n', s);
fprintf('%5.1f\n', int64(7));
fprintf('[%25d]\n', intmin('int64'));
