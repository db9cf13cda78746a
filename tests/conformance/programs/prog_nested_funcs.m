function prog_nested_funcs()
% Nested functions sharing the parent's workspace: an accumulator, a counter handle
% that outlives the call, a bank account closure, and subfunctions alongside.
    total = 0;
    addTo(5);
    addTo(7.5);
    fprintf('total after nested adds: %g\n', total);

    history = [];
    record(3); record(1); record(4);
    fprintf('history: %s\n', mat2str(history));

    [inc, get] = makeCounter(10);
    inc(); inc(); inc();
    fprintf('counter: %d\n', get());

    acct = makeAccount(100);
    acct.deposit(50);
    acct.withdraw(30);
    ok = acct.withdraw(500);
    fprintf('balance %g, large withdrawal ok: %d\n', acct.balance(), ok);

    fprintf('subfunction: %g\n', helperSquare(7));
    v = applyTwice(@(x) x * 3, 2);
    fprintf('applyTwice: %g\n', v);

    function addTo(x)
        total = total + x;
    end

    function record(x)
        history(end + 1) = x;
        total = total + x;
    end
end

function [inc, get] = makeCounter(start)
    n = start;
    inc = @increment;
    get = @current;
    function increment()
        n = n + 1;
    end
    function c = current()
        c = n;
    end
end

function a = makeAccount(initial)
    bal = initial;
    a.deposit = @deposit;
    a.withdraw = @withdraw;
    a.balance = @getBalance;
    function deposit(x)
        bal = bal + x;
    end
    function b = getBalance()
        b = bal;
    end
    function ok = withdraw(x)
        ok = x <= bal;
        if ok
            bal = bal - x;
        end
    end
end

function y = helperSquare(x)
    y = x^2;
end

function y = applyTwice(f, x)
    y = f(f(x));
end
