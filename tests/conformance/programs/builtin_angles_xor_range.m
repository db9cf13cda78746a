% rad2deg, deg2rad, nextpow2, logspace, xor, range, polyarea, strjust and
% validateattributes as survey and signal code uses them.
r = deg2rad([0 30 45 90 180 -270]);
fprintf('deg2rad: %s\n', sprintf('%.12g ', r));
fprintf('rad2deg: %s\n', sprintf('%.10g ', rad2deg([0 pi/6 pi/4 pi -1.5])));
fprintf('single: %s %s\n', class(deg2rad(single(90))), class(rad2deg(single(1))));
fprintf('round trip: %.10g\n', rad2deg(deg2rad(123.25)));
fprintf('nextpow2: %s\n', sprintf('%d ', nextpow2([1 2 3 4 5 100 1024 1025 0.3 0.5 0 -9])));
fprintf('nextpow2 Inf NaN: %g %g\n', nextpow2(Inf), nextpow2(NaN));
fprintf('nextpow2 int16: %d\n', nextpow2(int16(1000)));
fprintf('fft length %d\n', 2^nextpow2(300));
fprintf('logspace: %s\n', sprintf('%.6g ', logspace(0, 2, 5)));
fprintf('logspace count %d, last %g\n', numel(logspace(1, 3)), max(logspace(1, 3)));
fprintf('logspace pi: %s\n', sprintf('%.6f ', logspace(0, pi, 3)));
fprintf('xor: %s\n', sprintf('%d', xor([1 0 1 0], [1 1 0 0])));
fprintf('xor class %s, scalar %d, expand %s\n', class(xor(true, 0)), xor(2, 0), sprintf('%d', xor([1 0; 0 1], 1)));
fprintf('xor column/row: %s\n', sprintf('%d', xor([1; 0], [0 1 0])));
fprintf('range: %d\n', range([4 9 -2 7]));
fprintf('range cols: %s rows: %s\n', sprintf('%d ', range([1 5; 3 2])), sprintf('%d ', range([1 5; 3 2], 2)));
fprintf('range int8: %d %s\n', range(int8([-100 100])), class(range(int8([-100 100]))));
fprintf('range NaN: %g\n', range([3 NaN 8]));
fprintf('polyarea square %.4f triangle %.4f\n', polyarea([0 1 1 0], [0 0 1 1]), polyarea([0 2 0], [0 0 3]));
fprintf('polyarea clockwise %.4f, columns %s\n', polyarea([0 0 1 1], [0 1 1 0]), sprintf('%.2f ', polyarea([0 0; 2 4; 2 4], [0 0; 0 0; 1 1])));
theta = linspace(0, 2*pi, 101);
fprintf('circle area %.6f\n', polyarea(cos(theta), sin(theta)));
j = strjust(['a  '; 'bb '; ' c '; '   '], 'right');
fprintf('[%s]\n', j(1, :), j(2, :), j(3, :), j(4, :));
j = strjust(['  a'; ' bb'], 'left');
fprintf('[%s]\n', j(1, :), j(2, :));
j = strjust(['a    '; 'bb   '; '   cc'], 'center');
fprintf('[%s]\n', j(1, :), j(2, :), j(3, :));
fprintf('[%s]\n', strjust('x  '));
validateattributes(3, {'numeric'}, {'positive', 'scalar', 'integer'});
validateattributes([1 2 3], {'double', 'single'}, {'row', 'increasing', 'numel', 3, '>=', 1, '<', 4});
validateattributes(ones(2, 3), {'numeric'}, {'size', [2 3], 'nonnegative', 'finite', 'nonempty', '2d'});
validateattributes('abc', {'char'}, {'nonempty'});
validateattributes({1}, {}, {'scalar'});
fprintf('valid inputs pass\n');
bad = {{-1, {'numeric'}, {'positive'}}, {'x', {'numeric'}, {}}, {[1 2], {'numeric'}, {'scalar'}}, ...
       {2.5, {'numeric'}, {'integer'}}, {[3 1], {'numeric'}, {'increasing'}}, {5, {'numeric'}, {'<=', 4}}, ...
       {[], {'numeric'}, {'nonempty'}}, {ones(2), {'numeric'}, {'column'}}, {int8(1), {'float'}, {}}, ...
       {[1 2], {'numeric'}, {'numel', 3}}, {NaN, {'double'}, {'nonnan'}}, {3, {'numeric'}, {'even'}}};
for k = 1:numel(bad)
  try
    validateattributes(bad{k}{:});
    fprintf('%d: passed\n', k);
  catch
    fprintf('%d: rejected\n', k);
  end
end
