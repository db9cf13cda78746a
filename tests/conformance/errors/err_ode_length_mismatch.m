% ode45 with a function whose result has another length than y0.
[t, y] = ode45(@(t, y) -y, [0 1], 1);
fprintf('ok %d\n', t(end) == 1);
[t, y] = ode45(@(t, y) [y; y], [0 1], 1); % fails here
fprintf('not reached\n');
