% EXPECTED: hand-written (Octave 7 has no string class: ["a" "b"] is one char row there; MATLAB's documentation of isstrprop, isfile, isfolder, fopen, warning and containers.Map)
% String arrays where names and texts are expected: isstrprop of a
% non-scalar string array gives a cell array of logical vectors, isfile and
% isfolder of a string array one logical per element, fopen of a file
% opened by a string name gives the name back as a char vector, warning
% state structs and containers.Map keys may hold strings.
f = string(tempname()) + ".txt";
fid = fopen(f, "w");
fprintf(fid, "abc\n");
[name, permission] = fopen(fid);
fprintf('%s %s %d\n', class(name), permission, strcmp(name, f));
fclose(fid);
tf = isstrprop(["12" "a b"], "digit");
fprintf('%s %d %d |', class(tf), size(tf)); fprintf(' %d', tf{1}, tf{2}); fprintf('\n');
tw = isstrprop(["x y"; "z"], "wspace");
fprintf('%s %d %d | %d %d\n', class(tw), size(tw), numel(tw{1}), numel(tw{2}));
fprintf('%d ', isfile([f "no_such_file_here.txt"]), isfolder([string(tempdir()); "no_such_folder_here"])); fprintf('\n');
fprintf('%s\n', class(isfile([f f])));
delete(f);
fprintf('%d\n', isfile(f));
warning(struct('identifier', "my:quiet", 'state', "off"));
warning("my:quiet", "not shown");
s = warning('query', 'my:quiet');
fprintf('%s\n', s.state);
m = containers.Map(["alpha" "beta"], {1, 2});
k = "al" + "pha";
fprintf('%d %d %d\n', m(k), isKey(m, "beta"), m.Count);
m("gamma") = 3;
ks = keys(m);
fprintf('%s %s ', class(ks), ks{:}); fprintf('\n');
remove(m, "alpha");
fprintf('%d %d\n', m.Count, isKey(m, 'alpha'));
