% EXPECTED: hand-written (narginchk and nargoutchk throw "Not enough input arguments." / "Too many input arguments." (and the output forms) as the caller with the identifiers MATLAB:narginchk:notEnoughInputs, MATLAB:narginchk:tooManyInputs, MATLAB:nargoutchk:notEnoughOutputs and MATLAB:nargoutchk:tooManyOutputs (narginchk and nargoutchk documentation and narginchk.m); Octave 7 has no identifiers and its own texts)
% narginchk and nargoutchk: counts in range pass, counts out of range give MATLAB's identifiers and messages.
function func_narginchk_ids_matlab
  for n = 1:4
    args = num2cell(1:n);
    try
      fprintf('%d inputs: ok (%d)\n', n, takes_two_or_three(args{:}));
    catch err
      fprintf('%d inputs: %s | %s\n', n, err.identifier, err.message);
    end
  end
  try
    [a, b, c] = gives_up_to_two();
  catch err
    fprintf('3 outputs: %s | %s\n', err.identifier, err.message);
  end
  try
    gives_up_to_two();
  catch err
    fprintf('0 outputs: %s | %s\n', err.identifier, err.message);
  end
  [a, b] = gives_up_to_two();
  fprintf('2 outputs: %d %d\n', a, b);
end

function r = takes_two_or_three(varargin)
  narginchk(2, 3);
  r = nargin;
end

function varargout = gives_up_to_two()
  nargoutchk(1, 2);
  for k = 1:nargout
    varargout{k} = 10 * k;
  end
end
