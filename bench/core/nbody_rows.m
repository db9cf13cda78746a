n = 20000;
% Five bodies under gravity, stepped with the positions and velocities as
% rows of 5x3 matrices (x(i,:), v(i,:) = ...), as textbook MATLAB writes
% it; the energy before and after is printed.
x = [0 0 0; 4.84 -1.16 -0.10; 8.34 4.12 -0.4; 12.89 -15.11 -0.22; 15.37 -25.9 0.17];
v = [0 0 0; 0.606 2.81 -0.02; -1.01 1.82 0.008; 1.08 0.868 -0.01; 0.979 0.594 -0.034];
m = [39.47 0.037 0.011 0.0017 0.002];
e0 = energy(x, v, m);
dt = 0.01;
for step = 1:n
  for i = 1:5
    for j = i+1:5
      d = x(i,:) - x(j,:);
      d2 = sum(d.^2);
      mag = dt / (d2 * sqrt(d2));
      v(i,:) = v(i,:) - d * m(j) * mag;
      v(j,:) = v(j,:) + d * m(i) * mag;
    end
  end
  x = x + dt * v;
end
fprintf('energy %.9f -> %.9f\n', e0, energy(x, v, m));
function e = energy(x, v, m)
  e = 0;
  for i = 1:5
    e = e + 0.5 * m(i) * sum(v(i,:).^2);
    for j = i+1:5
      e = e - m(i) * m(j) / norm(x(i,:) - x(j,:));
    end
  end
end
