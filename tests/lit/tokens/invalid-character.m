% RUN: not %mcc --emit=tokens %s > %t.out 2> %t.err
% RUN: FileCheck --check-prefix=OUT %s < %t.out
% RUN: FileCheck --check-prefix=ERR %s < %t.err
% A character the lexer does not know becomes an Invalid token after an
% error; lexing goes on, and the exit status is 1.
x = 1 $ 2;

% OUT: 6:5 Number '1' space
% OUT-NEXT: 6:7 Invalid '$' space
% OUT-NEXT: 6:9 Number '2' space
% OUT-NEXT: 6:10 Semi ';'
% ERR: {{.*}}invalid-character.m:6:7: error: invalid character '$' in program text
% ERR-NEXT: {{^}}x = 1 $ 2;
% ERR-NEXT: {{^}}      ^
% ERR-NOT: error
