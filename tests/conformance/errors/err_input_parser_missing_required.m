% A function whose inputParser has two required arguments, called with one: MATLAB's error
% at the function's parse call.
fprintf('%g\n', scaled(2, 3));
fprintf('%g\n', scaled(4));
fprintf('not reached\n');

function r = scaled(varargin)
  p = inputParser;
  p.FunctionName = 'scaled';
  p.addRequired('value', @isnumeric);
  p.addRequired('factor', @isnumeric);
  p.parse(varargin{:});  % fails here for scaled(4)
  r = p.Results.value * p.Results.factor;
end
