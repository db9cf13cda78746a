% A small ledger simulation: struct array of transactions, running balance with overdraft
% fees, monthly grouping with accumarray, formatted statement with fprintf.
tx = struct('day', {1, 3, 3, 10, 15, 20, 28, 31, 35, 40}, ...
            'amount', {1000, -250.5, -80, -700, 2000, -1500, -600, 45.25, -20, -100}, ...
            'memo', {'salary', 'groceries', 'fuel', 'rent', 'bonus', 'car', 'tax', 'refund', 'fee', 'gift'});
balance = 0;
fee = 25;
fprintf('%-4s %-10s %10s %10s\n', 'day', 'memo', 'amount', 'balance');
for k = 1:numel(tx)
  balance = balance + tx(k).amount;
  flag = '';
  if balance < 0
    balance = balance - fee;
    flag = ' *fee*';
  end
  fprintf('%-4d %-10s %10.2f %10.2f%s\n', tx(k).day, tx(k).memo, tx(k).amount, balance, flag);
end
amts = [tx.amount];
days = [tx.day];
month = floor((days - 1) / 30) + 1;
net = accumarray(month(:), amts(:));
for m = 1:numel(net)
  fprintf('month %d net %+.2f\n', m, net(m));
end
fprintf('deposits %.2f withdrawals %.2f\n', sum(amts(amts > 0)), -sum(amts(amts < 0)));
[~, big] = min(amts);
fprintf('largest withdrawal: %s on day %d\n', tx(big).memo, tx(big).day);
rate = 0.035;
years = 0:5:20;
fv = 1000 * (1 + rate/12) .^ (12 * years);
fprintf('%3d years: %9.2f\n', [years; fv]);
payment = loan_payment(20000, 0.06, 5);
fprintf('monthly payment %.2f\n', payment);

function p = loan_payment(P, annual, years)
  r = annual / 12;
  n = years * 12;
  p = P * r / (1 - (1 + r)^(-n));
end
