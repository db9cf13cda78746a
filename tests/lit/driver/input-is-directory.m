% RUN: rm -rf %t.dir.m && mkdir -p %t.dir.m
% RUN: not %mcc -fsyntax-only %t.dir.m 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a directory given as an input file is read as an empty, valid file:
% `mcc -fsyntax-only some-dir` prints nothing and exits 0. SourceFile::load
% opens it with std::ifstream, which succeeds on a directory on Linux; the
% read then fails (EISDIR), but only the ostringstream's state records that,
% and load() checks in.bad(). Expected: "cannot open '...': Is a directory",
% exit 1.
% CHECK: mcc: error: cannot open '{{.*}}.dir.m': Is a directory
