% error() with a format and arguments but no identifier, raised in the script.
name = 'disk';
fprintf('starting\n');
error('Something failed: %s (code %d)', name, 42); % fails here
