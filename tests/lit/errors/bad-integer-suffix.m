% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Hex and binary literals take a class suffix of u or s and a width of 8, 16,
% 32 or 64; anything else is reported with the whole literal underlined.
a = 0xFFu8;
b = 0b101s16;
c = 0xFFu7;
d = 0b1s12;

% CHECK-NOT: error:
% CHECK: {{.*}}bad-integer-suffix.m:6:5: error: invalid integer suffix 'u7'; use u8, u16, u32, u64, s8, s16, s32 or s64
% CHECK-NEXT: {{^}}c = 0xFFu7;
% CHECK-NEXT: {{^}}    ^~~~~~
% CHECK-NOT: error:
% CHECK: {{.*}}bad-integer-suffix.m:7:5: error: invalid integer suffix 's12'; use u8, u16, u32, u64, s8, s16, s32 or s64
% CHECK-NOT: error:
