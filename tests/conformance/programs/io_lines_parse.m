% Write a small data file, read it back line by line with fgetl, parse header and records,
% and append with 'a' mode; fgets keeps the newline; feof loop; delete at the end.
fname = [tempname '.txt'];
fid = fopen(fname, 'w');
fprintf(fid, '# sensor log\n');
fprintf(fid, 'id,temp,ok\n');
data = [1 20.5 1; 2 21.25 0; 3 19.75 1];
fprintf(fid, '%d,%.2f,%d\n', data');
fclose(fid);
fid = fopen(fname, 'a');
fprintf(fid, '%d,%.2f,%d\n', 4, 22.0, 1);
fclose(fid);
fid = fopen(fname, 'r');
header = {};
rows = zeros(0, 3);
nlines = 0;
while ~feof(fid)
  ln = fgetl(fid);
  if ~ischar(ln), break; end
  nlines = nlines + 1;
  if startsWith(ln, '#')
    continue;
  end
  if isempty(header)
    header = strsplit(ln, ',');
    continue;
  end
  rows(end+1, :) = str2double(strsplit(ln, ','));
end
fclose(fid);
fprintf('%d lines, header: %s\n', nlines, strjoin(header, ' | '));
fprintf('%d records, mean temp %.4f, ok count %d\n', size(rows, 1), mean(rows(:, 2)), sum(rows(:, 3)));
fid = fopen(fname);
first = fgets(fid);
fclose(fid);
fprintf('fgets keeps newline: %d, length %d\n', first(end) == newline, length(first));
txt = fileread(fname);
fprintf('fileread: %d chars, %d newlines\n', length(txt), sum(txt == sprintf('\n')));
lines = strsplit(strtrim(txt), newline);
fprintf('last line: %s\n', lines{end});
delete(fname);
fprintf('exists after delete: %d\n', exist(fname, 'file'));
fid = fopen('/nonexistent/dir/file.txt', 'r');
fprintf('fopen of a missing file: %d\n', fid);
