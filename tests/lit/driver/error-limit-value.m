% RUN: not %mcc -fsyntax-only -ferror-limit=abc %S/Inputs/valid.m 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a -ferror-limit value that is not a number is reported as "mcc: error:
% stoul" (the what() of the std::invalid_argument that std::stoul throws,
% caught by main's catch-all), which names neither the option nor the value.
% Expected: an error that names the option and the bad value.
% CHECK: mcc: error: {{.*}}error-limit{{.*}}abc
