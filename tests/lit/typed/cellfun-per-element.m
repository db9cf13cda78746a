% RUN: %mcc --emit=typed %s | FileCheck %s
% cellfun over cells compiles to a loop (each=...): @numel, @length and
% @ndims of one cell give a double array of its shape, @isempty logical
% (double for an empty cell: unknown here); a literal anonymous function is
% specialised for an element of unknown type, its result a real double or
% logical scalar, or anything with 'UniformOutput', false (a cell of the
% input's shape). A body that gives no number for an element of unknown
% type is specialised for real double scalar elements (the loop checks the
% elements first). A body that gives no number for either, a non-cell input
% and 'ErrorHandler' go to the runtime's cellfun (no each=).
c = {1, 'ab', [1 2 3]};
n = cellfun(@numel, c);
l = cellfun(@length, c);
e = cellfun(@isempty, c);
m = cellfun(@(v) numel(v) + 1, c);
u = cellfun(@(v) [v v], c, 'UniformOutput', false);
x = cellfun(@(v) v * 2, c);
y = cellfun(@(v) {v}, c);
h = cellfun(@numel, c, 'ErrorHandler', @(err, v) 0);
disp(n); disp(l); disp(e); disp(m); disp(u); disp(x); disp(y); disp(h);

% CHECK: call builtin cellfun nargout=1 each=numel {{%[0-9]+}}, {{%[0-9]+}} : double 1x3
% CHECK: call builtin cellfun nargout=1 each=length {{%[0-9]+}}, {{%[0-9]+}} : double 1x3
% CHECK: call builtin cellfun nargout=1 each=isempty {{%[0-9]+}}, {{%[0-9]+}} : ?
% CHECK: call builtin cellfun nargout=1 each=cellfun-per-element>@0<?> {{%[0-9]+}}, {{%[0-9]+}} : double 1x3
% CHECK: call builtin cellfun nargout=1 each=cellfun-per-element>@1<?> {{%[0-9]+}}, {{%[0-9]+}}, {{%[0-9]+}}, {{%[0-9]+}} : cell 1x3
% CHECK: call builtin cellfun nargout=1 each=cellfun-per-element>@2<double scalar> {{%[0-9]+}}, {{%[0-9]+}} : double 1x3
% CHECK: call builtin cellfun nargout=1 {{%[0-9]+}}, {{%[0-9]+}} : ?
% CHECK: call builtin cellfun nargout=1 {{%[0-9]+}}, {{%[0-9]+}}, {{%[0-9]+}}, {{%[0-9]+}} : ?
% CHECK-LABEL: function cellfun-per-element>@0<?>(v) -> (ans)
% CHECK: : double scalar
