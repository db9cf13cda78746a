% Options, class names, field names, formats and name-value pairs written
% as double-quoted text (the style of MATLAB since R2017): each call must
% behave as with the 'char' spelling. Octave reads "..." as char, so its
% output is the reference.
fprintf('%g\n', norm([1 2; 3 4], "fro"), norm([1 -5 3], "inf"));
fprintf('%s\n', num2str(pi, "%10.4f"));
fprintf('%g ', interp1([1 2 3], [10 20 30], [4 2.2], "linear", "extrap")); fprintf('\n');
fprintf('%g ', interp1([1 2 3], [10 20 30], 2.2, "nearest"), interp1([1 2 3], [10 20 30], 2.5, "previous")); fprintf('\n');
fprintf('%g ', interp2([1 2; 3 4], 1.5, 1.5, "linear")); fprintf('\n');
fprintf('%d %d\n', issorted([1 2 3], "ascend"), issorted([3 2 1], "descend"));
x = nan(1, 2, "single"); fprintf('%s %d\n', class(x), numel(x));
fprintf('%s %s %s\n', class(zeros(2, 2, "int32")), class(ones(1, 2, "single")), class(eye(2, "uint8")));
fprintf('%s %s\n', class(inf(2, "single")), class(zeros(1, 2, "like", int16(1))));
fprintf('%s %s\n', class(rand(2, "single")), class(randn(1, "single")));
fprintf('%s %d %g\n', class(intmax("int16")), intmin("int8"), realmax("single"));
fprintf('%g %s\n', eps("single"), class(flintmax("single")));
fprintf('%g ', find([0 1 1 0 1], 2, "last")); fprintf('\n');
c = textscan("1,2,3", "%f", "Delimiter", ","); fprintf('%g ', c{1}); fprintf('\n');
s = struct("a", 1, "b", 2);
fprintf('%g %g %d %d\n', s.a, s.b, isfield(s, "a"), isfield(s, "z"));
s2 = setfield(s, "c", 2); fprintf('%g %g\n', s2.c, getfield(s2, "a"));
s3 = rmfield(s2, "a"); f = fieldnames(s3); fprintf('%s ', f{:}); fprintf('\n');
s.("dyn") = 3; fprintf('%g\n', s.dyn);
r = cellfun(@(x) x * 2, {1, 2}, "UniformOutput", false); fprintf('%s %g\n', class(r), r{2});
r = arrayfun(@(x) {x}, [1 2], "UniformOutput", false); fprintf('%s %d\n', class(r), numel(r));
r = cellfun(@(x) error('bad'), {1, 2}, "ErrorHandler", @(e, varargin) -1); fprintf('%g ', r); fprintf('\n');
t = structfun(@(x) x * 2, struct("a", 1, "b", 2), "UniformOutput", false); fprintf('%g\n', t.b);
fprintf('%g ', conv2([1 2; 3 4], [1 1], "same")); fprintf('\n');
fprintf('%g %g %g\n', bin2dec("101"), hex2dec("ff"), base2dec("12", 3));
k = sort({'b', 'a', 'c'}, "descend"); fprintf('%s %s\n', class(k), k{1});
p = strsplit('a  b', ' ', "CollapseDelimiters", false); fprintf('%s %d\n', class(p), numel(p));
fprintf('%g\n', feval("cos", 0));
g = str2func("sin"); fprintf('%g\n', g(0));
