% RUN: %mcc --emit=typed %s | FileCheck %s
% A function's arguments block checks its inputs with property_check_,
% whose result has the declared class and size: real for a class other
% than double and single or a validator that passes real values only
% (mustBePositive), so a checked scalar is an unboxed machine value.
fprintf('%g %s %d\n', sq(3), tag('ab'), count(2.5));

function y = sq(x)
  arguments
    x (1,1) double {mustBePositive}
  end
  y = x * x;
end

function t = tag(t)
  arguments
    t (1,:) char
  end
end

function n = count(n)
  arguments
    n (1,1) int32 = 1
  end
end

% CHECK-LABEL: function arguments-block>sq<double scalar whole >0>(x) -> (y)
% CHECK: call builtin property_check_ nargout=1 {{.*}} : double scalar
% CHECK-LABEL: function arguments-block>tag<char 1x2>(t) -> (t)
% CHECK: call builtin property_check_ nargout=1 {{.*}} : char 1x?
% CHECK-LABEL: function arguments-block>count<double scalar >0>(n) -> (n)
% CHECK: call builtin property_check_ nargout=1 {{.*}} : int32 scalar
