% File names, permissions and formats written as string scalars act as their
% char spellings in fopen, fprintf, fscanf, fgetl, sscanf, fclose, isfile,
% isfolder, exist, fileread and delete; isstrprop of a string scalar and
% error(struct) with string fields. (Octave reads "x" as char: the same
% results.)
f = strcat(tempname(), ".txt");
fid = fopen(f, "w");
fprintf(fid, "%d %d %d\n", [1 2 3; 4 5 6]);
fprintf(fid, "%s\n", "last line");
fclose(fid);
fprintf('%d %d %d %d\n', isfile(f), isfolder(f), exist(f, "file"), isfolder(tempdir()));
fid = fopen(f, "r");
v = fscanf(fid, "%d", [3 2]);
fprintf('%d ', v); fprintf('\n');
fgetl(fid);
fprintf('[%s]\n', fgetl(fid));
fclose(fid);
fid = fopen(f, "a");
fprintf(fid, "%s=%g\n", "x", 2.5);
fclose("all");
t = fileread(f);
fprintf('%d [%s]\n', numel(t), strtrim(t(end-5:end)));
[n, count] = sscanf("10 20 30", "%d");
fprintf('%d ', n, count); fprintf('\n');
fprintf('[%s]\n', sscanf("word 7", "%s %*d"));
fprintf('%d ', isstrprop("a1 B", "digit"), isstrprop("a1 B", "upper")); fprintf('\n');
delete(f);
fprintf('%d\n', isfile(f));
try
  error(struct('message', "from a struct", 'identifier', "my:struct"));
catch e
  fprintf('%s | %s\n', e.identifier, e.message);
end
