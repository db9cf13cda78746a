% classdef handle objects stored in cells, struct fields and other objects keep reference semantics: a change through any alias is seen through all.
b = Box(1);
c = {b, b, Box(7)};
c{1}.v = 5;
fprintf('%d %d %d\n', b.v, c{2}.v, c{3}.v);
c{2}.bump();
bump(c{3});
fprintf('%d %d\n', b.v, c{3}.v);
% copying the cell copies the handles, not the objects
d = c;
d{1}.v = 100;
fprintf('%d %d\n', c{1}.v, b.v);
% struct fields
s.box = b;
s.list = c;
t = s;
t.box.v = 11;
fprintf('%d %d %d\n', b.v, s.box.v, s.list{2}.v);
s.list{3}.bump();
fprintf('%d\n', c{3}.v);
% a value class holding a handle: the Holder copies, the Box does not
h1 = Holder(b);
h2 = h1;
h2.tag = 2;
h2.box.v = 42;
fprintf('tags %d %d, boxes %d %d, b %d\n', h1.tag, h2.tag, h1.box.v, h2.box.v, b.v);
% a handle in another handle's property
outer = Box(Box(3));
inner = outer.v;
outer.v.bump();
fprintf('%d %d\n', inner.v, outer.v.v);
% indexing a handle with (1) gives the handle itself
e = b(1);
e.v = 9;
fprintf('%d %d\n', b.v, b(1).v);
% a function that gets the cell changes the objects in it
cellfun(@(x) x.bump(), c);
fprintf('%d %d %d\n', c{1}.v, c{2}.v, c{3}.v);
