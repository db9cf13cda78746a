% Control flow of a command interpreter: switch on strings and cell cases, while with
% break and continue, nested loops with early exit, and a vending state machine.
cmds = {'push 5', 'push 3', 'add', 'push 10', 'mul', 'dup', 'noop', 'sub', 'bogus', 'print', 'quit', 'push 99'};
stack = [];
for i = 1:numel(cmds)
    parts = strsplit(cmds{i});
    op = parts{1};
    switch op
        case 'push'
            stack(end + 1) = str2double(parts{2}); %#ok<SAGROW>
        case {'add', 'sub', 'mul'}
            b = stack(end); a = stack(end - 1);
            stack(end - 1:end) = [];
            switch op
                case 'add', r = a + b;
                case 'sub', r = a - b;
                otherwise, r = a * b;
            end
            stack(end + 1) = r; %#ok<SAGROW>
        case 'dup'
            stack(end + 1) = stack(end); %#ok<SAGROW>
        case 'noop'
            continue
        case 'print'
            fprintf('stack: %s\n', mat2str(stack));
        case 'quit'
            fprintf('quit at command %d\n', i);
            break
        otherwise
            fprintf('unknown command "%s"\n', op);
    end
    fprintf('%-8s -> depth %d, top %g\n', cmds{i}, numel(stack), stack(end));
end

% vending machine
state = 'idle'; credit = 0;
events = {'coin', 'coin', 'select', 'coin', 'refund', 'select', 'coin', 'coin', 'coin', 'select'};
price = 3;
k = 0;
while k < numel(events)
    k = k + 1;
    ev = events{k};
    switch state
        case 'idle'
            if strcmp(ev, 'coin'), credit = credit + 1; state = 'paying'; end
        case 'paying'
            switch ev
                case 'coin'
                    credit = credit + 1;
                case 'refund'
                    fprintf('refund %d\n', credit); credit = 0; state = 'idle';
                case 'select'
                    if credit >= price
                        fprintf('vend at event %d, change %d\n', k, credit - price);
                        credit = 0; state = 'idle';
                    else
                        fprintf('need %d more\n', price - credit);
                    end
            end
    end
end
fprintf('final state %s credit %d\n', state, credit);

% search with labelled-style exit: first pair with i*j == 42 and i < j
found = false;
for i = 1:10
    for j = i:10
        if i * j == 42
            found = true;
            break
        end
    end
    if found, break, end
end
fprintf('pair %d x %d\n', i, j);

% collatz with while/continue counting odd steps
n = 27; steps = 0; odd = 0;
while n ~= 1
    steps = steps + 1;
    if mod(n, 2) == 0
        n = n / 2;
        continue
    end
    odd = odd + 1;
    n = 3 * n + 1;
end
fprintf('collatz(27): %d steps, %d odd\n', steps, odd);
% switch on numbers and a cell of numbers
for v = [1 4 7]
    switch v
        case 1, fprintf('%d: one\n', v);
        case {2, 3, 4}, fprintf('%d: small\n', v);
        otherwise, fprintf('%d: large\n', v);
    end
end
% switch is case sensitive; strings in a cell with mixed case
s = 'Yes';
switch lower(s)
    case {'y', 'yes'}, fprintf('affirmative\n');
    otherwise, fprintf('negative\n');
end
% do-nothing loops and a while that never runs
cnt = 0;
for q = 5:1, cnt = cnt + 1; end
while false, cnt = cnt + 1; end
fprintf('empty loops ran %d times, q is empty: %d\n', cnt, isempty(q));
