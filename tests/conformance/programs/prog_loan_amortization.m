% Loan amortisation and savings planning: payment formula, a schedule built in a loop,
% early payoff with a while loop, the interest rate solved with fzero, and a summary
% table of several loans.
P = 25000; annual = 0.06; years = 5;
r = annual / 12; n = years * 12;
pay = P * r / (1 - (1 + r)^-n);
fprintf('monthly payment: %.2f\n', pay);
bal = P;
sched = zeros(n, 4);
for k = 1:n
    interest = bal * r;
    princ = pay - interest;
    bal = bal - princ;
    sched(k, :) = [k, interest, princ, max(bal, 0)];
end
fprintf('%5s %10s %10s %12s\n', 'month', 'interest', 'principal', 'balance');
for k = [1 2 3 12 24 59 60]
    fprintf('%5d %10.2f %10.2f %12.2f\n', sched(k, :));
end
fprintf('total interest %.2f, final balance below a cent: %d\n', sum(sched(:, 2)), abs(bal) < 0.01);
yearly = sum(reshape(sched(:, 2), 12, []));
fprintf('interest per year: %s\n', sprintf('%.2f ', yearly));
% extra payment of 200 per month: months to pay off
bal = P; months = 0; paid = 0;
while bal > 0
    months = months + 1;
    bal = bal * (1 + r);
    amt = min(bal, pay + 200);
    bal = bal - amt;
    paid = paid + amt;
end
fprintf('with extra payments: %d months, saved %.2f\n', months, n * pay - paid);
% implied rate for a given payment
target = 500;
g = @(a) P * (a/12) / (1 - (1 + a/12)^-n) - target;
rate = fzero(g, [0.001 0.5]);
fprintf('rate for a %d payment: %.4f%%\n', target, 100 * rate);
% table of loans
loans = struct('name', {'car', 'boat', 'house'}, 'P', {25000, 60000, 300000}, 'rate', {0.06, 0.075, 0.045}, 'years', {5, 10, 30});
fprintf('%-6s %10s %8s %12s\n', 'loan', 'payment', 'months', 'interest');
for L = loans
    m = L.years * 12; rr = L.rate / 12;
    p = L.P * rr / (1 - (1 + rr)^-m);
    fprintf('%-6s %10.2f %8d %12.2f\n', L.name, p, m, p * m - L.P);
end
% compound growth of savings with yearly deposits
fv = 0;
for y = 1:10
    fv = fv * 1.05 + 1000;
end
fprintf('savings after 10 years: %.2f (formula %.2f)\n', fv, 1000 * (1.05^10 - 1) / 0.05);
