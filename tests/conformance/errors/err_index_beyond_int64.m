% An index too large for any integer (1e20) is past the end, not a crash:
% the compiled index check converted it to an undefined integer.
x = [1 2];
fprintf('before\n');
disp(x(1e20)); % fails here
fprintf('not reached\n');
