% Errors raised inside functions that take varargin (or get their
% arguments from a cs-list), caught by try: the caller's arrays packed
% into the varargin cell are freed on the way out (the suite runs under
% MCC_CHECK_LEAKS=1, which fails a program that ends with arrays alive).
k = {[1 2 3], 'text'};
for trial = 1:3
  try
    switch trial
      case 1
        r = outer(k{:});
      case 2
        r = direct(1, [4 5 6], 'x');
      case 3
        r = direct(k{:}, magic(3));
    end
    fprintf('trial %d: %g\n', trial, r);
  catch err
    if trial == 1
      fprintf('trial 1: caught\n');  % the index error's text is Octave's own there
    else
      fprintf('trial %d: %s\n', trial, err.message);
    end
  end
end
n = 0;
for j = 1:50
  try
    quiet([1 2 3], j);
  catch
    n = n + 1;
  end
end
fprintf('caught %d\n', n);
function r = outer(varargin)
  r = inner(varargin{:});
end
function r = inner(x, varargin)
  r = x(5) + numel(varargin);
end
function r = direct(varargin)
  if nargin > 2
    error('direct: %d arguments', nargin);
  end
  r = varargin{1};
end
function quiet(varargin)
  if mod(varargin{2}, 2) == 0
    error('even');
  end
end
