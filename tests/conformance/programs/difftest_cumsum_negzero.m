% Reproducer from tests/difftest (the run of seeds 202-214): cumsum's first element is the
% first value itself, so a leading -0 stays -0 (0 + -0 would be +0).
x = fix([-0.7 2.75 2.75]);
fprintf('%g ', cumsum(x, 2)); fprintf('\n');
fprintf('%g ', 1 ./ cumsum(x)); fprintf('\n');
fprintf('%g ', 1 ./ cumsum([-0; -0; 1])); fprintf('\n');
fprintf('%g ', 1 ./ cumsum(single([-0 -0 0]))); fprintf('\n');
A = [-0 1; -0 -0];
fprintf('%g ', 1 ./ cumsum(A, 1)); fprintf('\n');
fprintf('%g ', 1 ./ cumsum(A, 2)); fprintf('\n');
fprintf('%g ', 1 ./ cumprod([-0 2 3])); fprintf('\n');
