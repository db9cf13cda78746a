% error() with an identifier and a formatted message, raised in a local function.
check_value(3);
check_value(7);
fprintf('not reached\n');

function check_value(v)
  fprintf('checking %d\n', v);
  if v > 5
    error('my:id', 'value %d too big', v); % fails here
  end
end
