% Classical RK4 integrator written by hand: damped pendulum and a harmonic oscillator
% whose energy drift and error against the exact solution are reported.
function prog_rk4_pendulum()
    % harmonic oscillator y'' = -w^2 y, exact solution known
    w = 2;
    rhs = @(t, y) [y(2); -w^2 * y(1)];
    [t, Y] = rk4(rhs, [0 5], [1; 0], 500);
    exact = cos(w * t);
    err = max(abs(Y(1, :) - exact));
    fprintf('oscillator: %d steps, max error %.3e, final y = %.8f\n', numel(t) - 1, err, Y(1, end));
    E = 0.5 * Y(2, :).^2 + 0.5 * w^2 * Y(1, :).^2;
    fprintf('energy drift %.3e\n', max(E) - min(E));

    % damped nonlinear pendulum
    g = 9.81; L = 1.5; c = 0.3;
    pend = @(t, y) [y(2); -(g / L) * sin(y(1)) - c * y(2)];
    [t, Y] = rk4(pend, [0 10], [pi/3; 0], 2000);
    zc = find(Y(1, 1:end-1) .* Y(1, 2:end) < 0);
    fprintf('pendulum: %d zero crossings, first at t = %.4f\n', numel(zc), t(zc(1)));
    fprintf('amplitude at t=10: %.6f rad\n', Y(1, end));
    peaks = [];
    for k = 2:numel(t) - 1
        if Y(1, k) > Y(1, k-1) && Y(1, k) >= Y(1, k+1)
            peaks(end+1) = Y(1, k); %#ok<AGROW>
        end
    end
    ratios = peaks(2:end) ./ peaks(1:end-1);
    fprintf('successive peak ratios: %s\n', sprintf('%.4f ', ratios(1:2)));

    % convergence order: halve the step
    errs = zeros(1, 4);
    for k = 1:4
        n = 10 * 2^k;
        [~, Y] = rk4(rhs, [0 1], [1; 0], n);
        errs(k) = abs(Y(1, end) - cos(w));
    end
    order = log2(errs(1:end-1) ./ errs(2:end));
    fprintf('observed order: %s\n', sprintf('%.2f ', order));
end

function [t, Y] = rk4(f, tspan, y0, n)
    h = (tspan(2) - tspan(1)) / n;
    t = tspan(1) + (0:n) * h;
    Y = zeros(numel(y0), n + 1);
    Y(:, 1) = y0;
    for k = 1:n
        y = Y(:, k);
        k1 = f(t(k), y);
        k2 = f(t(k) + h/2, y + h/2 * k1);
        k3 = f(t(k) + h/2, y + h/2 * k2);
        k4 = f(t(k) + h, y + h * k3);
        Y(:, k + 1) = y + h / 6 * (k1 + 2*k2 + 2*k3 + k4);
    end
end
