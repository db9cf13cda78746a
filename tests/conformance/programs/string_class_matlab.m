% EXPECTED: hand-written (Octave 7 has no string class; MATLAB's documentation of string arrays, plus, relational operators, strlength, string, strings, char, cellstr, switch)
% String scalars and arrays: literals, + joining text and numbers,
% comparisons, concatenation, indexing with () and {}, growth with
% <missing>, conversions, and strings in switch, if and for.
s = "hello";
fprintf('%s %s\n', class(s), s);
fprintf('%d %d\n', size(s));
fprintf('%d\n', strlength(s));
q = "say ""hi""";
disp(q)
t = s + " world";
disp(t)
disp("a" + 1)
disp("pi is " + pi)
disp(1 + "x")
disp("n = " + 42 + ", ok " + true)
a = ["one", "two", "three"];
fprintf('%d %d %s\n', size(a), class(a));
fprintf('%s|', a); fprintf('\n');
fprintf('%d ', strlength(a)); fprintf('\n');
b = ["x"; "yy"];
fprintf('%d %d\n', size(b));
fprintf('%s ', b + "!"); fprintf('\n');
fprintf('%d\n', s == "hello");
fprintf('%d ', a == "two"); fprintf('\n');
fprintf('%d %d %d\n', "apple" < "banana", "b" > "abc", "abc" <= "abc");
fprintf('%d %d\n', s ~= 'hello', s == 'help');
c = [s, 'abc', 42];
fprintf('%s ', c); fprintf('%d\n', numel(c));
e = a(2);
fprintf('%s %s\n', class(e), e);
ch = a{3};
fprintf('%s %s %d\n', class(ch), ch, numel(ch));
n = string(pi);
disp(n)
disp(string(42))
disp(string(-0.5))
disp(string(true))
x = string({'ab', 'cd'});
fprintf('%s %d %d\n', class(x), size(x));
y = char("text");
fprintf('%s %d %d\n', class(y), size(y));
k = cellstr(["p", "q"]);
fprintf('%s %s %s\n', class(k), k{:});
fprintf('%d %d %d %d\n', isstring(s), isstring('s'), isStringScalar(a), isStringScalar(s));
fprintf('%g %g\n', str2double("2.5") + double("1.5"), str2double("abc"));
switch s
  case 'hello'
    disp('char case matched')
  otherwise
    disp('no match')
end
switch "b"
  case {"a", "b"}
    disp('string in a cell case')
end
if s == "hello", disp('if on string equality'); end
for w = ["red", "green"]
  fprintf('[%s]', w);
end
fprintf('\n');
str = sprintf("%d-%d", 1, 2);
fprintf('%s %s\n', class(str), str);
fprintf('%s\n', class(sprintf('%s', "x")));
up = upper(a(1:2));
fprintf('%s %s %s\n', class(up), up);
z = strings(2, 3);
fprintf('%d %d %d %s\n', size(z), strlength(z(1)), class(z));
g = "first";
g(3) = "third";
fprintf('%d %d %d %d\n', numel(g), ismissing(g));
fprintf('%d\n', isnan(strlength(g(2))));
fprintf('%d\n', isequal(["a" "b"], ["a" "b"]));
