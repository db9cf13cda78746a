% A string given where a builtin takes numbers of a class it does not
% handle stops at the call's line (the error is raised deep in the
% runtime's class dispatch, which has no site of its own).
fprintf('start\n');
s = ["a" "b"];
n = cumsum(s);
disp(n);
