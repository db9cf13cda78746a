% EXPECTED: hand-written
% String arrays in a report generator: "..." literals, + concatenation with numbers,
% string(), strlength, join/split/strip/upper, contains/startsWith/replace, compose,
% comparison with ==, logical indexing, sort, a string array grown in a loop, strjoin-free
% join, and conversion to char/cellstr for fprintf (string, plus, join, split, compose,
% contains, replace, strlength and sort documentation).
names = ["pump", "valve", "motor", "sensor"];
fprintf('%d names, class %s\n', numel(names), class(names));
labels = names + "_" + (1:4);
fprintf('%s\n', join(labels, ", "));
fprintf('lengths: %s\n', mat2str(strlength(names)));
fprintf('upper: %s\n', join(upper(names), " "));
long = names(strlength(names) > 4);
fprintf('long names: %s\n', join(long, "/"));
fprintf('contains "o": %s\n', mat2str(contains(names, "o")));
fprintf('startsWith "s": %s\n', mat2str(startsWith(names, "s")));
fprintf('equal to "motor": %s\n', mat2str(names == "motor"));
s = "  padded text  ";
fprintf('[%s] [%s]\n', strip(s), replace(strip(s), "text", "words"));
parts = split("a,b,,c", ",");
fprintf('split gives %d parts, size %dx%d\n', numel(parts), size(parts));
fprintf('sorted: %s\n', join(sort(names), " "));
msg = "Total: " + 42.5 + " units";
fprintf('%s\n', msg);
str = string(3.25);
fprintf('string(3.25) = %s, class %s, double back %g\n', str, class(str), double(str) * 2);
c = compose("%s=%d", ["x"; "y"], [1; 2]);
fprintf('%s\n', c);
acc = strings(1, 0);
for k = 1:3
    acc(end + 1) = "item" + k; %#ok<SAGROW>
end
fprintf('grown: %s (%d)\n', join(acc, " "), numel(acc));
ch = char(names(2));
fprintf('char of element: %s, class %s, size %dx%d\n', ch, class(ch), size(ch));
cs = cellstr(names);
fprintf('cellstr class %s, first %s\n', class(cs), cs{1});
fprintf('isstring %d %d, ischar %d\n', isstring(names), isstring('abc'), ischar(ch));
fprintf('empty string length %d, isempty %d\n', strlength(""), isempty(""));
fprintf('missing-free comparison: %d\n', "abc" < "abd");
switch names(3)
    case "motor"
        fprintf('switch matched motor\n');
    otherwise
        fprintf('no match\n');
end
