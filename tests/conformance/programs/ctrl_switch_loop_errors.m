% switch on lowered text with cell cases, while with continue/break, error identifiers and formatted messages, rethrow, error(struct) with identifier and message.
cmds = {'add', 'SUB', 'mul', 'noop', 'div'};
acc = 10;
for k = 1:numel(cmds)
  switch lower(cmds{k})
    case 'add'
      acc = acc + 5;
    case {'sub', 'minus'}
      acc = acc - 3;
    case 'mul'
      acc = acc * 2;
    otherwise
      fprintf('unknown command %s\n', cmds{k});
      continue
  end
  fprintf('%s -> %d\n', cmds{k}, acc);
end
n = 0;
while true
  n = n + 1;
  if mod(n, 2) == 0, continue; end
  if n > 7, break; end
  fprintf('odd %d\n', n);
end
try
  error('myPkg:badValue', 'Value %d is out of range [%d, %d]', 12, 0, 10);
catch err
  fprintf('id=%s\nmsg=%s\n', err.identifier, err.message);
end
try
  error('Simple message with percent %d');
catch err
  fprintf('id=[%s] msg=%s\n', err.identifier, err.message);
end
try
  error('Value: %s', 'abc');
catch err
  fprintf('id=[%s] msg=%s\n', err.identifier, err.message);
end
try
  try
    error('inner:fail', 'inner failure');
  catch e1
    fprintf('caught %s, rethrowing\n', e1.identifier);
    rethrow(e1);
  end
catch e2
  fprintf('outer got %s: %s\n', e2.identifier, e2.message);
end
s = struct('message', 'from struct', 'identifier', 'a:b');
try
  error(s);
catch e3
  fprintf('%s | %s\n', e3.identifier, e3.message);
end
error(struct('message', '', 'identifier', 'x:y'));
error(struct([]));
fprintf('empty error structs throw nothing\n');
