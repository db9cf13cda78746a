% RUN: not %mcc %s -o %t 2>&1 | FileCheck %s
% What code generation does not handle yet (an MException's Correction property here) is
% a compile-time diagnostic at the statement that needs it, never a crash
% or wrong code.
try
  error('a:b', 'text');
catch err
  s = err.Correction;
end
% CHECK: {{.*}}not-implemented.m:8:7: error: code generation for the MException property 'Correction' is not implemented yet
