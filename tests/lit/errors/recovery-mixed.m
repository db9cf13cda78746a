% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Lexer and parser errors mixed in one script, with a block error at the
% end: all are reported in source order.
s = 'it''s fine';
t = 'not closed;
u = 0xFFu9;
if true
  v = [1 2; 3 4];
  w = v(end, :) + :;
else
  w = 0;
else
  w = 1;
end
n = 1 2;
while n
  n = n - 1;
endif

% CHECK-NOT: error:
% CHECK: {{.*}}recovery-mixed.m:5:5: error: unterminated character vector; add a closing quote (')
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-mixed.m:6:5: error: invalid integer suffix 'u9'; use u8, u16, u32, u64, s8, s16, s32 or s64
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-mixed.m:9:19: error: a bare ':' is only valid inside an index expression
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-mixed.m:12:1: error: 'else' after 'else' in the same 'if'
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-mixed.m:15:7: error: expected ';', ',' or a new line after the statement, found number '2'
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-mixed.m:18:1: error: 'endif' cannot close 'while'
% CHECK-NOT: error:
