% Discrete-event queue simulation with a seeded generator-free arrival pattern: a FIFO as a
% growing array, while loops, break/continue, persistent counters in a local function,
% try/catch of an error identifier, and a final summary.
arrivals = [0 1 1.5 4 4.2 4.4 9 9.5 12 12.1];
service = [2 1.5 1 3 0.5 0.5 2 1 1 1];
queue = []; clock = 0; served = 0; waits = zeros(size(arrivals));
next = 1; busyUntil = 0; current = 0;
while served < numel(arrivals)
    if next <= numel(arrivals) && (isempty(queue) || arrivals(next) <= busyUntil)
        queue(end+1) = next; %#ok<AGROW>
        next = next + 1;
        continue;
    end
    c = queue(1); queue(1) = [];
    start = max(busyUntil, arrivals(c));
    waits(c) = start - arrivals(c);
    busyUntil = start + service(c);
    served = served + 1;
    ticket();
end
fprintf('served %d, last departs at %.2f\n', served, busyUntil);
fprintf('waits: %s\n', sprintf('%.2f ', waits));
fprintf('mean wait %.4f, max %.2f (customer %d)\n', mean(waits), max(waits), find(waits == max(waits), 1));
fprintf('tickets issued: %d\n', ticket());
try
    x = queue(1);
catch err
    fprintf('caught an indexing error: %d\n', ~isempty(err.message));
end
try
    error('Sim:overflow', 'Queue overflow at %d customers', 11);
catch err
    fprintf('%s | %s\n', err.identifier, err.message);
end
util = sum(service) / busyUntil;
fprintf('utilisation %.4f\n', util);
k = 0; total = 0;
while true
    k = k + 1;
    if mod(k, 3) == 0, continue; end
    total = total + k;
    if total > 50, break; end
end
fprintf('k=%d total=%d\n', k, total);

function n = ticket()
    persistent count
    if isempty(count), count = 0; end
    if nargout == 0
        count = count + 1;
    else
        n = count;
    end
end
