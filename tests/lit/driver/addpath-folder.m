% RUN: %mcc %s -o %t && %t | FileCheck %s
% addpath with constant text adds its folder (relative to the main file's
% folder) to the search path mcc finds the program's functions on;
% addpath(genpath(...)) adds the folders below it too.
addpath('Inputs/addpath_lib');
addpath(genpath('Inputs/addpath_tree'));
fprintf('%d\n', addpath_helper(3));
fprintf('%d\n', addpath_deep(4));
% CHECK: 6
% CHECK-NEXT: 16
