% Trigonometry in degrees and the reciprocal functions: a survey traverse
% (bearings and distances to coordinates) and a few identities.
bearings = [45 120 210 300 0];        % degrees clockwise from north
dists = [100 80 60 90 40];
dE = dists .* sind(bearings);
dN = dists .* cosd(bearings);
fprintf('leg %d: dE %9.4f dN %9.4f\n', [1:5; dE; dN]);
E = cumsum(dE); N = cumsum(dN);
fprintf('closure error %.4f m, bearing %.4f deg\n', hypot(E(end), N(end)), mod(atan2d(E(end), N(end)), 360));
fprintf('exact values: %g %g %g %g %g %g\n', sind(180), sind(-360), cosd(90), cosd(270), sind(30), cosd(60));
fprintf('tand: %g %g %.6f %g\n', tand(0), tand(180), tand(45), tand(90));
fprintf('inverse: %.6f %.6f %.6f %.6f\n', asind(0.5), acosd(0.5), atand(1), atan2d(-1, -1));
slope = [0 5 10 30 45];
fprintf('grade %% for slope angles: %s\n', sprintf('%.3f ', 100*tand(slope)));
fprintf('angle of 1:12 ramp: %.4f deg\n', atand(1/12));
x = [0.3 1 2];
fprintf('sec %s\n', sprintf('%.6f ', sec(x)));
fprintf('csc %s\n', sprintf('%.6f ', csc(x)));
fprintf('cot %s\n', sprintf('%.6f ', cot(x)));
fprintf('sech %s csch %s coth %s\n', sprintf('%.6f ', sech(x)), sprintf('%.6f ', csch(x)), sprintf('%.6f ', coth(x)));
fprintf('acot %s asec %s acsc %s\n', sprintf('%.6f ', acot(x)), sprintf('%.6f ', asec([1 2 4])), sprintf('%.6f ', acsc([1 2 4])));
fprintf('identity sec^2 - tan^2: %.12f\n', sec(0.7)^2 - tan(0.7)^2);
fprintf('single: %s %s\n', class(sind(single(30))), class(atan2d(single(1), 1)));
fprintf('matrix: %s\n', mat2str(cosd([0 60; 120 180]), 4));
