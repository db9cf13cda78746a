% Function handles stored in a containers.Map (m(key) = @(x) ...): a unit
% conversion table, looked up by name and composed.
conv = containers.Map();
conv('C->F') = @(c) c*9/5 + 32;
conv('F->C') = @(f) (f - 32)*5/9;
conv('km->mi') = @(k) k/1.609344;
conv('mi->km') = @(m) m*1.609344;
conv('psi->kPa') = @(p) p*6.894757;
requests = {'C->F', 100; 'F->C', 98.6; 'km->mi', 42.195; 'psi->kPa', 32; 'm->ft', 3};
for k = 1:size(requests, 1)
    key = requests{k, 1};
    val = requests{k, 2};
    if isKey(conv, key)
        f = conv(key);
        fprintf('%-9s %10.4f -> %10.4f\n', key, val, f(val));
    else
        fprintf('%-9s no conversion available\n', key);
    end
end
f1 = conv('C->F'); f2 = conv('F->C');
temps = -40:20:100;
fprintf('round trip error: %.2e\n', max(abs(f2(f1(temps)) - temps)));
compose = @(f, g) @(x) f(g(x));
there = compose(conv('km->mi'), conv('mi->km'));
fprintf('identity check: %.10f\n', there(26.2));
conv('C->F') = @(c) c*1.8 + 32;
f1 = conv('C->F');
fprintf('replaced: %g, count %d\n', f1(37), conv.Count);
fprintf('keys: %s\n', strjoin(keys(conv), ' '));
% a handle inside a cell
c = {};
c(2) = {@abs};
fprintf('c{2}(-3) = %g, class %s\n', c{2}(-3), class(c{2}));
