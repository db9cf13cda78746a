% EXPECTED: hand-written from MATLAB's documentation of MException.getReport
% (Octave 7 has no getReport): 'basic' is the message; the extended report
% (the default) of an error that was raised begins with "Error using NAME
% (line N)", NAME the function that raised it; an MException never thrown
% reports its message. A compiled program has no desktop: 'hyperlinks',
% 'off' (or 'on') gives the same text.
try
  error('Report:me', 'the %s report', 'whole');
catch e
  fprintf('[%s]\n', getReport(e, 'basic'));
end
try
  check_positive(-2);
catch e
  fprintf('[%s]\n', getReport(e));
  fprintf('[%s]\n', getReport(e, 'extended'));
  fprintf('[%s]\n', getReport(e, 'extended', 'hyperlinks', 'off'));
  fprintf('[%s]\n', e.getReport('basic', 'hyperlinks', 'on'));
  fprintf('%d\n', strcmp(e.getReport(), getReport(e)));
end
ME = MException('not:raised', 'no stack %d', 7);
fprintf('[%s]\n', getReport(ME));
fprintf('[%s]\n', ME.getReport('extended'));

function check_positive(x)
  if x <= 0
    error('Check:positive', 'Value %d is not positive.', x);
  end
end
