% classdef value classes (Pt.m and Bag.m in classdef_value.files): constructors with defaults, methods in both call forms, value semantics, static methods, constant properties, properties holding arrays, cells, structs and objects.
p = Pt(3, 4);
fprintf('%g %g %s\n', p.x, p.y, p.label);
fprintf('norm2: %g %g\n', norm2(p), p.norm2());
fprintf('norm2 no parens: %g\n', p.norm2);
q = Pt();
fprintf('default: %g %g %s %d %d\n', q.x, q.y, q.label, isempty(q.history), iscell(q.tags));
r = Pt(7);
fprintf('one arg: %g %g %s\n', r.x, r.y, r.label);
% value semantics: a copy is independent
p2 = p;
p2.x = 10;
fprintf('p.x %g p2.x %g\n', p.x, p2.x);
p3 = p.setX(5);
fprintf('setX: p.x %g p3.x %g\n', p.x, p3.x);
p.setX(99);
fprintf('not reassigned: %g\n', p.x);
p = moved(p, 1, 2);
p = p.moved(1, 1);
fprintf('moved: %g %g history %s\n', p.x, p.y, mat2str(p.history));
p.history(2) = 40;
fprintf('indexed write: %s\n', mat2str(p.history));
[s, t] = p.sumProd();
fprintf('sumProd: %g %g\n', s, t);
[s, t] = sumProd(q);
fprintf('sumProd of default: %g %g\n', s, t);
p.show();
show(q);
fprintf('dist %g\n', p.dist(q));
% static methods and constants
u = Pt.unitX();
fprintf('unitX %g %g\n', u.x, u.y);
fprintf('%s\n', Pt.describe(3));
fprintf('Dims %d Unit %s\n', Pt.Dims, Pt.Unit);
% class queries
fprintf('class %s isa %d %d isobject %d %d isstruct %d\n', class(p), isa(p, 'Pt'), isa(p, 'Bag'), ...
        isobject(p), isobject(3), isstruct(p));
fprintf('isequal %d %d\n', isequal(Pt(3, 4), Pt(3, 4)), isequal(Pt(3, 4), Pt(3, 5)));
% a class without a constructor, properties of any class
b = Bag();
b = b.add('one');
b = b.add([1 2]);
fprintf('count %d %d info %d data %s\n', b.count(), count(b), b.info.count, mat2str(b.data));
fprintf('items{1} %s, where empty %d\n', b.items{1}, isempty(b.where));
b.data(2) = 20;
b.items{3} = 'three';
b.where = Pt(1, 1);
fprintf('%s %d %s\n', mat2str(b.data), numel(b.items), class(b.where));
w = b.where;
fprintf('inner %g\n', w.norm2());
b.info.name = 'bag';
fprintf('%s %d\n', b.info.name, b.info.count);
