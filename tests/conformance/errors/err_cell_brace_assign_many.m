% c{idx} = v must name exactly one element.
c = cell(1, 3);
c{2} = 5;
disp('before');
c{1:2} = 7;
disp('not reached');
