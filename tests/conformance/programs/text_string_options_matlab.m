% EXPECTED: hand-written (Octave 7 has no 'all' for sum/mean/max/any/all/prod, no 'reverse' for cumsum/cumprod, no 'omitnan' for max, no sortrows(A, col, 'descend'), no ifft 'symmetric', and reads "x" as char; MATLAB's documentation of sum, mean, max, min, any, all, prod, cumsum, cumprod, sortrows, ifft and struct)
% Reduction options, directions and NaN flags written as string scalars
% ("all", "native", "omitnan", "reverse", "descend") act as their char
% spellings; sum(X, "all") fuses like sum(X, 'all'). A string given as a
% struct field's value stays a string.
X = reshape(1:24, 2, 3, 4);
fprintf('%g %g %g %g\n', sum(X, "all"), mean(X, "all"), max(X, [], "all"), min(X, [], "all"));
fprintf('%g %d %d\n', prod([1 2; 3 4], "all"), any(X > 23, "all"), all(X > 1, "all"));
fprintf('%s %d %s %d\n', class(sum(int8([100 100]), "native")), sum(int8([100 100]), "native"), ...
        class(sum(int8([100 100]), "double")), sum(int8([100 100]), "double"));
fprintf('%s\n', class(sum(single([1 2]), "double")));
fprintf('%g ', cumsum([1 2; 3 4], 2, "reverse"), cumprod([1 2 3], "reverse")); fprintf('\n');
fprintf('%g ', max([1 5; 7 NaN], [], 2, "omitnan"), min([1 NaN 3], [], "includenan")); fprintf('\n');
fprintf('%g ', sum([1 NaN 2], "omitnan"), mean([1 NaN 3], "omitnan")); fprintf('\n');
fprintf('%g ', sortrows([3 1; 1 2; 2 5], 1, "descend")); fprintf('\n');
fprintf('%g ', ifft([1 1 1 1], "symmetric")); fprintf('\n');
s = struct("a", 1, "b", "x");
fprintf('%s %s %d\n', class(s.b), s.b, isfield(s, "b"));
fprintf('%d\n', isfield(s, ["a" "z" "b"]));
