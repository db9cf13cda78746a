% global and persistent variables: a global shared by the script and its
% functions (values, arrays grown by indexed assignment, struct fields),
% a global no one assigned reads as [], persistent counters with the
% `if isempty(p)` idiom (one per function, shared by every call whatever
% the argument types), and a persistent cache of a cell array.
global counter log
counter = 10;
log = [];
bump();
bump();
fprintf('counter = %d\n', counter);
fprintf('log = %s\n', mat2str(log));
fprintf('%d\n', read_counter());
counter = counter * 2;
fprintf('%d\n', read_counter());
fprintf('unset: %d %d\n', isempty(read_unset()), numel(read_unset()));
for k = 1:4
  fprintf('%d ', next_id());
end
fprintf('\n');
fprintf('%d %d\n', next_id(), next_id('text'));
fprintf('%d\n', tally(5));
fprintf('%d\n', tally(7));
fprintf('%d\n', tally(-2));
for k = 1:3
  remember(sprintf('item%d', k));
end
items = remember('last');
fprintf('%s ', items{:});
fprintf('\n');
set_config('alpha', 3);
set_config('beta', 'on');
global config
fprintf('%d %s\n', config.alpha, config.beta);
fprintf('%s\n', strjoin(fieldnames(config)', ','));

function bump()
  global counter log
  counter = counter + 1;
  log(end + 1) = counter;
end

function c = read_counter()
  global counter
  c = counter;
end

function v = read_unset()
  global never_assigned
  v = never_assigned;
end

function id = next_id(~)
  persistent n
  if isempty(n)
    n = 0;
  end
  n = n + 1;
  id = n;
end

function total = tally(x)
  persistent sum_so_far
  if isempty(sum_so_far), sum_so_far = 0; end
  sum_so_far = sum_so_far + x;
  total = sum_so_far;
end

function all_items = remember(item)
  persistent seen
  if isempty(seen)
    seen = {};
  end
  seen{end + 1} = item;
  all_items = seen;
end

function set_config(name, value)
  global config
  config.(name) = value;
end
