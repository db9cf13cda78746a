% RUN: %mcc --emit=ast %s | FileCheck %s
% Line comments start with % or Octave's #. A line holding only %{ (or #{)
% opens a block comment that a line holding only %} (or #}) closes; blanks
% around the marker are allowed, block comments nest, and %{ followed by
% text is an ordinary line comment.
a = 1 % trailing comment
%{
b = 2
%}
%{
outer
  %{
  c = 3
  %}
still a comment: d = 4
%}
e = 5 # Octave comment
#{
f = 6
#}
   %{
   g = 7
   %}
%{ not a block comment
h = 8

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}comments.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign display <6:1-6:6>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <6:5-6:6>
% CHECK-NEXT:     Assign display <17:1-17:6>
% CHECK-NEXT:       lhs: Ident e <17:1-17:2>
% CHECK-NEXT:       rhs: Number 5 value=5 <17:5-17:6>
% CHECK-NEXT:     Assign display <25:1-25:6>
% CHECK-NEXT:       lhs: Ident h <25:1-25:2>
% CHECK-NEXT:       rhs: Number 8 value=8 <25:5-25:6>
