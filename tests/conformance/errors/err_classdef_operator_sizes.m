% In a program with an operator method, + of values whose class is known only at run time: objects go to the method, anything else is the operation, whose error names the program's line.
c = {Amount(1), Amount(2), [1 2], [1 2 3]};
s = c{1} + c{2};
fprintf('sum %d\n', s.v);
x = c{3} + c{4};  % fails here
fprintf('not reached %d\n', x);
