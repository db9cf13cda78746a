% A method an MException does not have, called with dot syntax.
try
  error('my:id', 'raised');
catch err
  fprintf('caught %s\n', err.identifier);
  r = err.getreport();
  disp(r);
end
