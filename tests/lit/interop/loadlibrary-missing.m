% RUN: %mcc %s -o %t && not %t 2>&1 | FileCheck %s
% A library that is not there is MATLAB's error when loadlibrary runs (the
% header was read at build time), not a crash.
loadlibrary('libmcc_no_such_lib', '../../cinterop/ct.h');
% CHECK: There was an error loading the library "libmcc_no_such_lib.so"
% CHECK: loadlibrary-missing.m
disp('not reached');
