% Grouping records with containers.Map holding cell arrays and numeric vectors: append to a
% value, keys sorted, values with a key list, lengths per group, nested struct values.
emp = {'ann', 'eng'; 'bob', 'ops'; 'cy', 'eng'; 'dee', 'hr'; 'eve', 'ops'; 'fay', 'eng'};
sal = [120 80 110 70 85 130];
byDept = containers.Map();
pay = containers.Map();
for k = 1:size(emp, 1)
  d = emp{k, 2};
  if ~isKey(byDept, d)
    byDept(d) = {};
    pay(d) = [];
  end
  byDept(d) = [byDept(d), emp(k, 1)];
  pay(d) = [pay(d), sal(k)];
end
depts = keys(byDept);
for k = 1:numel(depts)
  d = depts{k};
  p = pay(d);
  fprintf('%-4s %d people: %-12s total %4d mean %.2f\n', d, numel(byDept(d)), strjoin(byDept(d), ','), sum(p), mean(p));
end
counts = cellfun(@numel, values(byDept));
fprintf('counts %s\n', mat2str(counts));
[~, big] = max(counts);
fprintf('largest: %s\n', depts{big});
info = containers.Map();
info('eng') = struct('floor', 3, 'lead', 'fay');
info('ops') = struct('floor', 1, 'lead', 'bob');
s = info('eng');
fprintf('eng floor %d lead %s\n', s.floor, s.lead);
fprintf('has hr info: %d\n', isKey(info, 'hr'));
v = values(pay, {'hr', 'ops'});
fprintf('hr %s ops %s\n', mat2str(v{1}), mat2str(v{2}));
total = 0;
ks = keys(pay);
for k = 1:numel(ks)
  total = total + sum(pay(ks{k}));
end
fprintf('payroll %d\n', total);
remove(byDept, 'hr');
fprintf('after remove: %s\n', strjoin(keys(byDept), ','));
m = containers.Map('KeyType', 'double', 'ValueType', 'any');
for k = [3 1 2 3 1 3]
  if isKey(m, k), m(k) = m(k) + 1; else, m(k) = 1; end
end
fprintf('histogram: %s -> %s\n', mat2str(cell2mat(keys(m))), mat2str(cell2mat(values(m))));
