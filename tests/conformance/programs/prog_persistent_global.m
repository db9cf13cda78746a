% State across calls: persistent counters and caches (isempty initialisation, clear via a
% flag), global configuration shared between the script and functions, memoised fibonacci.
global CONFIG
CONFIG = struct('verbose', true, 'scale', 2);
for k = 1:4
    fprintf('call %d -> counter %d\n', k, counter());
end
counter('reset');
fprintf('after reset -> %d\n', counter());
fprintf('scaled: %g %g\n', scaled(3), scaled(4.5));
CONFIG.scale = 10;
fprintf('rescaled: %g\n', scaled(3));
setScale(0.5);
fprintf('scale set in a function: %g -> %g\n', CONFIG.scale, scaled(8));
fprintf('fib(40) = %d, cache hits %d\n', memoFib(40), memoFib());
fprintf('fib(50) = %d, cache hits %d\n', memoFib(50), memoFib());
ids = arrayfun(@(~) nextId(), 1:5);
fprintf('ids: %s\n', mat2str(ids));
fprintf('running mean: ');
for v = [2 4 6 8]
    fprintf('%g ', runningMean(v));
end
fprintf('\n');

function n = counter(cmd)
    persistent count
    if isempty(count)
        count = 0;
    end
    if nargin > 0 && strcmp(cmd, 'reset')
        count = 0;
        n = count;
        return
    end
    count = count + 1;
    n = count;
end

function y = scaled(x)
    global CONFIG
    y = x * CONFIG.scale;
end

function setScale(s)
    global CONFIG
    CONFIG.scale = s;
end

function f = memoFib(n)
    persistent cache hits
    if isempty(cache)
        cache = zeros(1, 100);
        cache(1:2) = 1;
        hits = 0;
    end
    if nargin == 0
        f = hits;
        return
    end
    if cache(n) > 0
        hits = hits + 1;
        f = cache(n);
        return
    end
    f = memoFib(n - 1) + memoFib(n - 2);
    cache(n) = f;
end

function id = nextId()
    persistent last
    if isempty(last), last = 100; end
    last = last + 1;
    id = last;
end

function m = runningMean(x)
    persistent total n
    if isempty(total), total = 0; n = 0; end
    total = total + x;
    n = n + 1;
    m = total / n;
end
