% colon on integer classes: class of the range, steps, saturation at the class limits, empty ranges, mixed with doubles.
r = int8(1):int8(4);
fprintf('%s %d %d:', class(r), size(r)); fprintf(' %d', r); fprintf('\n');
r = int8(10):int8(-3):int8(0);
fprintf('%s:', class(r)); fprintf(' %d', r); fprintf('\n');
r = uint8(250):uint8(255);
fprintf('%s:', class(r)); fprintf(' %d', r); fprintf('\n');
r = int16(5):2:12;
fprintf('%s:', class(r)); fprintf(' %d', r); fprintf('\n');
r = 1:int32(3);
fprintf('%s:', class(r)); fprintf(' %d', r); fprintf('\n');
r = uint8(5):uint8(1);
fprintf('empty %s %d %d\n', class(r), size(r));
r = int8(120):int8(127);
fprintf('%s:', class(r)); fprintf(' %d', r); fprintf('\n');
r = int8(-128):int8(60):int8(127);
fprintf('%s:', class(r)); fprintf(' %d', r); fprintf('\n');
r = colon(int16(1), int16(3));
fprintf('colon(): %s:', class(r)); fprintf(' %d', r); fprintf('\n');
