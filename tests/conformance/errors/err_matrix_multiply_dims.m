% Matrix product of two row vectors.
u = [1 2 3];
v = [4 5 6];
fprintf('dot product %d\n', u * v');
w = u * v; % fails here
fprintf('not reached %d\n', w);
