% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% An enumeration block that runs into a `function` is missing its `end`.
% The parser says so and goes on (a fuzzer once found it looping forever
% on such input).
classdef Color
  enumeration
    Red, Green
    function c = Color()
    end
  end
end
% CHECK: {{.*}}classdef-unclosed-enumeration.m:6:3: error: 'enumeration' is missing its 'end'
