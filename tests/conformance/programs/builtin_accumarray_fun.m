% accumarray with a function: prod, mean, an anonymous function, a fill
% value, 2-d subscripts, integer and logical results, cell results.
subs = [1; 2; 1; 4; 2; 1];
val = [10; 20; 30; 40; 5; -7];
show('prod', accumarray(subs, val, [], @prod));
show('mean', accumarray(subs, val, [], @mean));
show('count', accumarray(subs, val, [], @(x) numel(x)));
show('last', accumarray(subs, val, [], @(x) x(end)));
show('max, fill NaN', accumarray(subs, val, [5 1], @max, NaN));
show('max of positives', accumarray(subs, abs(val), [], @max));
A = accumarray([1 1; 2 2; 1 1; 3 1; 2 2], [1 2 3 4 5], [], @(x) max(x) - min(x));
fprintf('2-d: %d-by-%d:', size(A)); show('', A);
r = accumarray(subs, val, [], @(x) any(x > 15));
fprintf('%s ', class(r)); show('any', r);
q = accumarray(subs, int16(val), [], @max);
fprintf('%s ', class(q)); show('int16 max', q);
c = accumarray(subs, val, [], @(x) {sort(x)'});
fprintf('cell %d-by-%d %s\n', size(c), class(c));
show('c{1}', c{1}); fprintf('c{3} empty: %d\n', isempty(c{3})); show('c{4}', c{4});
show('scalar val', accumarray(subs, 1, [], @sum));

function show(name, v)
  fprintf('%s:', name); fprintf(' %g', v); fprintf('\n');
end
