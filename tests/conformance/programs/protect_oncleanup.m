% onCleanup: the function given to onCleanup runs when the object is
% destroyed: its variable cleared or reassigned, its function returning
% (early too, and through an error, at each level the error leaves), the
% program ending. The function sees the values it captured when it was
% made. Expected output from Octave 7.
work(3);
fprintf('--\n');
try
  outer();
catch err
  fprintf('caught: %s\n', err.message);
end
fprintf('--\n');
early(true);
early(false);
fprintf('--\n');
clearing();
fprintf('--\n');
n = 5;
c = onCleanup(@() fprintf('script cleanup, n was %d\n', n));
n = 6;
c2 = onCleanup(@() fprintf('first one\n'));
c2 = onCleanup(@() fprintf('second one\n'));
fprintf('replaced c2, n is %d\n', n);
fprintf('end\n');

function work(k)
  fid = k * 10;
  cleaner = onCleanup(@() fprintf('closing %d\n', fid));
  fprintf('working with %d\n', fid);
end

function outer()
  c = onCleanup(@() fprintf('outer cleanup\n'));
  inner();
  fprintf('not reached\n');
end

function inner()
  c = onCleanup(@() fprintf('inner cleanup\n'));
  error('work:failed', 'inner failed');
end

function early(stop)
  c = onCleanup(@() fprintf('cleanup (stop %d)\n', stop));
  if stop
    fprintf('early return\n');
    return
  end
  fprintf('to the end\n');
end

function clearing()
  c = onCleanup(@() fprintf('cleared\n'));
  fprintf('before clear\n');
  clear c
  fprintf('after clear\n');
end
