% RUN: %mcc -O0 --emit=llvm %s | FileCheck %s
% numel and isempty of a value whose class inference does not know (a
% cell's element) read the descriptor's numel when its class is a numeric,
% logical, char or cell array (class <= 12), and ask the runtime otherwise
% (a struct, an object, a containers.Map measure by their own rules).
c = {1, 'ab'};
v = c{2};
fprintf('%d %d\n', numel(v), isempty(v));

% CHECK: query.class:
% CHECK: icmp ule i32 {{%[0-9a-z.]+}}, 12
% CHECK: query.plain:
% CHECK: query.runtime:
% CHECK: call void @mcc_bi_numel(
% CHECK: query.done:
% CHECK: phi double
% CHECK: call void @mcc_bi_isempty(
% CHECK: phi i1
