% An error that no try/catch takes still leaves every function it passes
% through the way a caught one does: the onCleanup functions of their
% workspaces run and their handle objects are deleted, before the program
% ends with the error.
fprintf('start\n');
outer(2);
fprintf('not reached\n');

function outer(n)
  c = onCleanup(@() fprintf('outer cleanup %d\n', n));
  inner(n + 1);
end

function inner(n)
  t = Tracker(sprintf('tracker %d', n));
  fprintf('inner has %s\n', t.name);
  error('work:failed', 'inner failed at %d', n);  % fails here
end
