% Looking up a key that a containers.Map does not have.
m = containers.Map({'a', 'b'}, {1, 2});
disp('before');
v = m('c');
disp(v);
