% RUN: not %mcc -o %t.exe %S/Inputs/valid.m 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: '-o FILE', the first option --help lists, is rejected: "mcc: error:
% option '-o' is ambiguous and matches '--opt', and '--output'". main.cpp
% parses with allow_long_disguise (on top of default_style, which guesses
% long options from prefixes), so '-o' is taken as an abbreviation of a long
% option and matches both --opt and --output. ('-oFILE', '--output FILE' and
% '--output=FILE' work.) Expected: -o accepted, so the run gets as far as
% code generation.
% CHECK-NOT: ambiguous
% CHECK: mcc: error: code generation is not implemented yet
