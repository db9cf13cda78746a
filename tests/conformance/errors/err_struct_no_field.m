% Reading a field the struct does not have.
s.a = 1;
disp('before');
y = s.b;
disp(y);
