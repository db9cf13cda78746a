function prog_gauss_elim()
% Gaussian elimination with partial pivoting written with row operations, back
% substitution, an LU factorisation by hand compared with lu(), determinant from
% the pivots, Gauss-Seidel iteration and an inverse by Gauss-Jordan.
    A = [2 1 -1; -3 -1 2; -2 1 2];
    b = [8; -11; -3];
    x = gaussSolve(A, b);
    fprintf('solution: %s\n', sprintf('%.10g ', x));
    fprintf('matches backslash: %d\n', norm(x - A \ b) < 1e-12);
    [L, U, P, swaps] = myLU(A);
    fprintf('P*A = L*U: %d, swaps %d\n', norm(P*A - L*U) < 1e-12, swaps);
    fprintf('det by pivots %.6f, det() %.6f\n', (-1)^swaps * prod(diag(U)), det(A));
    [L2, U2, P2] = lu(A);
    fprintf('same factors as lu(): %d %d %d\n', norm(L - L2) < 1e-12, norm(U - U2) < 1e-12, isequal(P, P2));
    Ai = gaussJordanInverse(A);
    fprintf('inverse ok: %d\n', norm(Ai * A - eye(3)) < 1e-12);
    fprintf('inverse row 1: %s\n', sprintf('%.6f ', Ai(1, :)));
    % diagonally dominant system for Gauss-Seidel
    M = [10 -1 2 0; -1 11 -1 3; 2 -1 10 -1; 0 3 -1 8];
    c = [6; 25; -11; 15];
    [xs, it] = gaussSeidel(M, c, 1e-10, 100);
    fprintf('Gauss-Seidel %d iterations: %s\n', it, sprintf('%.6f ', xs));
    % singular matrix detection
    try
        gaussSolve([1 2; 2 4], [1; 2]);
    catch err
        fprintf('caught: %s\n', err.message);
    end
end

function x = gaussSolve(A, b)
    n = size(A, 1);
    Ab = [A b];
    for k = 1:n - 1
        [~, p] = max(abs(Ab(k:n, k)));
        p = p + k - 1;
        if abs(Ab(p, k)) < eps
            error('gauss:singular', 'matrix is singular at column %d', k);
        end
        Ab([k p], :) = Ab([p k], :);
        for i = k + 1:n
            Ab(i, :) = Ab(i, :) - Ab(i, k) / Ab(k, k) * Ab(k, :);
        end
    end
    if abs(Ab(n, n)) < eps
        error('gauss:singular', 'matrix is singular at column %d', n);
    end
    x = zeros(n, 1);
    for i = n:-1:1
        x(i) = (Ab(i, end) - Ab(i, i+1:n) * x(i+1:n)) / Ab(i, i);
    end
end

function [L, U, P, swaps] = myLU(A)
    n = size(A, 1);
    L = eye(n); U = A; P = eye(n); swaps = 0;
    for k = 1:n - 1
        [~, p] = max(abs(U(k:n, k)));
        p = p + k - 1;
        if p ~= k
            U([k p], :) = U([p k], :);
            P([k p], :) = P([p k], :);
            L([k p], 1:k-1) = L([p k], 1:k-1);
            swaps = swaps + 1;
        end
        for i = k + 1:n
            L(i, k) = U(i, k) / U(k, k);
            U(i, :) = U(i, :) - L(i, k) * U(k, :);
        end
    end
end

function Ai = gaussJordanInverse(A)
    n = size(A, 1);
    Aug = [A eye(n)];
    for k = 1:n
        [~, p] = max(abs(Aug(k:end, k)));
        p = p + k - 1;
        Aug([k p], :) = Aug([p k], :);
        Aug(k, :) = Aug(k, :) / Aug(k, k);
        for i = [1:k-1, k+1:n]
            Aug(i, :) = Aug(i, :) - Aug(i, k) * Aug(k, :);
        end
    end
    Ai = Aug(:, n+1:end);
end

function [x, it] = gaussSeidel(A, b, tol, maxit)
    n = numel(b);
    x = zeros(n, 1);
    for it = 1:maxit
        xold = x;
        for i = 1:n
            s = A(i, [1:i-1, i+1:n]) * x([1:i-1, i+1:n]);
            x(i) = (b(i) - s) / A(i, i);
        end
        if norm(x - xold, inf) < tol
            return
        end
    end
end
