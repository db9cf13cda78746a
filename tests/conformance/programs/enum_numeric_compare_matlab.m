% Members of enumerations derived from numeric classes (Level < uint8, Grade < int16 in
% enum_numeric_compare_matlab.files) compared with numbers and with each other: isequal and
% isequaln with numbers (either side, arrays, members from a cell), ==, ~= and < between
% members and with numbers, switch on members with numeric and member cases, and sort and
% unique, which order members by their values.
% EXPECTED: hand-written from MATLAB's documentation (Refer to Enumerations: "When you
% substitute enumeration members for instances of the superclass, MATLAB coerces the
% enumeration member to the superclass", so isequal compares the values; isequal of text and
% a member compares the text's character codes; sort of such members orders the values);
% Octave 7.3 cannot parse an enumeration block.
a = Level.Medium;
fprintf('%d %d %d\n', isequal(a, 5), isequal(5, a), isequal(a, uint8(5)));
fprintf('%d %d %d\n', isequal(a, Level.Medium), isequal(a, Level.High), isequal(a, 6));
fprintf('%d %d\n', isequal(a, 'Medium'), isequal(a, 5, Level.Medium));
x = [Level.Low, Level.High];
fprintf('%d %d %d\n', isequal(x, [1 10]), isequal(x, [1 10 5]), isequaln([10 1], fliplr(x)));
fprintf('%d %d %d %d\n', a == Level.Medium, a == 5, a ~= Level.Low, a > Level.Low);
fprintf('%d ', x == Level.High, x < 5);
fprintf('\n');
c = {Level.Low, Level.High};
fprintf('%d %d\n', isequal(c{1}, 1), c{2} == 10);
for v = [1 5 10]
  switch Level(v)
    case Level.Low
      disp('low');
    case {Level.Medium, 10}
      disp('medium or ten');
  end
end
switch a
  case 5
    disp('five');
  otherwise
    disp('other');
end
g = [Grade.Mid, Grade.High, Grade.Low, Grade.Mid];
[s, i] = sort(g);
fprintf('%s ', char(s(1)), char(s(2)), char(s(3)), char(s(4)));
fprintf('| %d', i);
fprintf('\n');
s = sort(g, 'descend');
fprintf('%s ', char(s(1)), char(s(4)));
fprintf('%s\n', class(s));
[u, ia, ic] = unique(g);
fprintf('%d ', numel(u), double(u), ia, ic);
fprintf('\n');
