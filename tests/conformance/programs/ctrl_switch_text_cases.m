% switch on strings, cell-array cases, numeric cases with vectors of values, otherwise,
% lower() normalisation, and switch inside loops with break/continue.
cmds = {'start', 'STOP', 'pause', 'resume', 'quit', 'help', 'Status'};
state = 'idle';
for k = 1:numel(cmds)
  c = lower(cmds{k});
  switch c
    case 'start'
      state = 'running';
    case {'stop', 'quit'}
      state = 'stopped';
    case {'pause', 'hold'}
      if strcmp(state, 'running')
        state = 'paused';
      end
    case 'resume'
      state = 'running';
    case 'help'
      fprintf('  (help requested)\n');
      continue;
    otherwise
      fprintf('  unknown command %s\n', c);
  end
  fprintf('%-7s -> %s\n', cmds{k}, state);
end
for code = [200 201 301 404 500 999]
  switch code
    case 200
      t = 'OK';
    case {201, 202}
      t = 'accepted';
    case {301, 302}
      t = 'redirect';
    case num2cell(400:499)
      t = 'client error';
    case 500
      t = 'server error';
    otherwise
      t = 'unknown';
  end
  fprintf('%d %s\n', code, t);
end
x = 3;
switch x
  case 1
    fprintf('one\n');
  case {2, 3}
    fprintf('two or three\n');
end
s = 'abc';
switch s
  case 'ab'
    fprintf('prefix matched (wrong)\n');
  case 'abc'
    fprintf('exact match\n');
end
n = 0;
while true
  n = n + 1;
  switch mod(n, 3)
    case 0
      if n > 7, break; end
    otherwise
      continue;
  end
  fprintf('n=%d\n', n);
end
fprintf('final n=%d\n', n);
v = true;
switch v
  case 1
    fprintf('logical matched 1\n');
end
