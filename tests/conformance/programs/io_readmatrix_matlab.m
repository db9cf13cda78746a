% EXPECTED: hand-written (Octave 7 has no readmatrix/writematrix, and its dlmwrite writes 16 digits)
% writematrix writes 15 significant digits ('longG', writematrix
% documentation) with ',' or the 'Delimiter' given; readmatrix skips header
% lines and reads empty and text fields as NaN (readmatrix documentation,
% "missing" and "import errors" rules); dlmwrite and csvwrite write at most
% five significant digits unless given a precision (csvwrite
% documentation: "csvwrite writes a maximum of five significant digits").
f = [tempname() '.csv'];
writematrix([1 2.5; pi -4], f);
fprintf('%s', fileread(f));
m = readmatrix(f);
fprintf('%d %d %.15g\n', size(m), m(2, 1));
writematrix(int8([1 2 3]), f, 'Delimiter', ';');
fprintf('%s', fileread(f));
writematrix([7 8 9], f, 'Delimiter', ';', 'WriteMode', 'append');
fprintf('%s', fileread(f));
fprintf('%g ', readmatrix(f)); fprintf('\n');
fid = fopen(f, 'w');
fprintf(fid, 'time,value,flag\n0,1.5,x\n1,,3\n2,2.5\n');
fclose(fid);
m = readmatrix(f);
fprintf('%d %d\n', size(m));
fprintf('%g %g %g\n', m');
m = readmatrix(f, 'NumHeaderLines', 2);
fprintf('%d %d\n', size(m));
fprintf('%s\n', class(readmatrix(f, 'OutputType', 'int32')));
csvwrite(f, [pi 123456 0.000123456]);
fprintf('%s', fileread(f));
dlmwrite(f, [pi exp(1)]);
fprintf('%s', fileread(f));
dlmwrite(f, [1 2; 3 4], ' ', 1, 2);
fprintf('[%s]\n', strrep(fileread(f), sprintf('\n'), '|'));
delete(f);
