% RUN: rm -rf %t.dir && mkdir -p %t.dir && cd %t.dir && %mcc %S/Inputs/valid.m && test -x %t.dir/valid
% Without -o the executable is named after the main file, in the current
% folder. (Every --emit stage exists now: see tests/lit/kernels for
% kernels and glsl.)
