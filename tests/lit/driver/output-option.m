% RUN: rm -f %t.exe && %mcc -o %t.exe %S/Inputs/valid.m && test -x %t.exe && %t.exe
% Regression test (fixed 2026-11-22): '-o FILE', the first option --help
% lists, was rejected as "option '-o' is ambiguous and matches '--opt', and
% '--output'" (main.cpp parsed with allow_long_disguise, on top of a style
% that guesses long options from prefixes). Now -o names the executable.
