% RUN: %python -c "print('x = ' + '(' * 150 + '1' + ')' * 150 + ';\ny = ' + '[' * 150 + '1' + ']' * 150 + ';')" > %t.m
% RUN: %mcc -fsyntax-only %t.m 2>&1 | count 0
% 150 nested parentheses and 150 nested brackets are within the limit: no
% diagnostics and exit status 0.
