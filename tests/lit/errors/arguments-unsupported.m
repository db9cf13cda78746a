% RUN: not %mcc -ferror-limit=0 %s -o %t 2>&1 | FileCheck %s
% The parts of a function's arguments block mcc does not apply yet are
% diagnostics where they are declared (the rest is checked at run time).
f(1, 2, Scale=3);

function f(a, varargin, opts)
  arguments
    a (1,1) double {mustBeEven}
  end
  arguments (Repeating)
    varargin
  end
  arguments
    opts.Scale = 1
  end
end

% CHECK-DAG: arguments-unsupported.m:8:21: error: the argument validator 'mustBeEven' is not implemented yet
% CHECK-DAG: arguments-unsupported.m:10:14: error: (Repeating) arguments blocks is not implemented yet
% CHECK-DAG: arguments-unsupported.m:11:5: error: varargin in an arguments block is not implemented yet
% CHECK-DAG: arguments-unsupported.m:14:5: error: name-value arguments is not implemented yet
