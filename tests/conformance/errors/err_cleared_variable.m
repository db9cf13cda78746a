% Reading a variable after `clear` removed it.
x = 7;
fprintf('%d\n', x);
clear x
y = x + 1; % fails here
fprintf('not reached %d\n', y);
