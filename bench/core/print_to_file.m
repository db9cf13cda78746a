n = 100000;
% Julia's micro-benchmark: write n lines of two integers to a file.
name = 'print_to_file.txt';
f = fopen(name, 'w');
bytes = 0;
for i = 1:n
  bytes = bytes + fprintf(f, '%d %d\n', i, i + 1);
end
fclose(f);
delete(name);
fprintf('print_to_file: %d bytes\n', bytes);
