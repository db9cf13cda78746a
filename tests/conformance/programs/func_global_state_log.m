% global configuration shared by functions, persistent call counters and caches, reset via
% a flag argument, isempty initialisation of persistent variables.
global VERBOSE LOGCOUNT
VERBOSE = true;
LOGCOUNT = 0;
logmsg('starting %s', 'run');
for k = 1:3
  tick();
end
fprintf('ticks: %d\n', tick());
VERBOSE = false;
logmsg('hidden');
VERBOSE = true;
logmsg('visible %d', 42);
fprintf('log lines: %d\n', LOGCOUNT);
fprintf('cached %g %g %g\n', slow_square(4), slow_square(4), slow_square(5));
fprintf('cache calls: %d\n', slow_square(-1));
tick('reset');
fprintf('after reset: %d\n', tick());
show_globals();
fprintf('ids: %s\n', mat2str([next_id() next_id() next_id()]));

function logmsg(fmt, varargin)
  global VERBOSE LOGCOUNT
  if VERBOSE
    LOGCOUNT = LOGCOUNT + 1;
    fprintf(['[log %d] ' fmt '\n'], LOGCOUNT, varargin{:});
  end
end

function n = tick(cmd)
  persistent count
  if isempty(count)
    count = 0;
  end
  if nargin > 0 && strcmp(cmd, 'reset')
    count = 0;
    n = 0;
    return;
  end
  count = count + 1;
  n = count;
end

function y = slow_square(x)
  persistent cache computed
  if isempty(cache)
    cache = containers.Map('KeyType', 'double', 'ValueType', 'double');
    computed = 0;
  end
  if x < 0
    y = computed;
    return;
  end
  if ~isKey(cache, x)
    computed = computed + 1;
    cache(x) = x^2;
  end
  y = cache(x);
end

function show_globals()
  global LOGCOUNT
  fprintf('global seen in function: %d\n', LOGCOUNT);
end

function id = next_id()
  persistent last
  if isempty(last)
    last = 100;
  end
  last = last + 1;
  id = last;
end
