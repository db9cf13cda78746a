% Error handling as applications use it: error ids and formatted messages, rethrow of
% unexpected identifiers, wrapping an inner error's message, lasterr.
try
  error('app:io:missing', 'File %s not found (attempt %d).', 'data.csv', 3);
catch err
  fprintf('id=%s\nmsg=%s\n', err.identifier, err.message);
end
try
  error('Plain message with no id: %d', 5);
catch err
  fprintf('[%s] [%s]\n', err.identifier, err.message);
end
try
  error('no format chars here: 100%');
catch err
  fprintf('[%s]\n', err.message);
end
try
  str2func(42);
catch err
  fprintf('caught bad str2func: %d\n', ~isempty(err.message));
end
ok = false;
try
  r = safe_div(1, 0);
catch err
  switch err.identifier
    case 'math:divzero'
      fprintf('division by zero handled\n');
      ok = true;
    otherwise
      rethrow(err);
  end
end
fprintf('ok %d\n', ok);
try
  try
    error('inner:fail', 'inner failure');
  catch inner
    error('outer:fail', 'outer wraps: %s', inner.message);
  end
catch e
  fprintf('%s / %s\n', e.identifier, e.message);
end
msg = lasterr();
fprintf('lasterr: %s\n', msg);

function r = safe_div(a, b)
  if b == 0
    error('math:divzero', 'Division by zero.');
  end
  r = a / b;
end
