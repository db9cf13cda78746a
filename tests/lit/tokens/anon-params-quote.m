% RUN: %mcc --emit=tokens %s 2>&1 | FileCheck %s
% The ')' that closes an anonymous function's parameters ends no value: a
% quote after it opens a char vector (the body starts there). After any
% other ')' a quote is a transpose, also inside the body.
f = @(v) 'a' + v;
g = @(x) (x)';
h = {@() 'hi', @(t) t'};
% CHECK: 5:8 RParen ')'
% CHECK-NEXT: 5:10 CharLit '''a''' space
% CHECK: 6:8 RParen ')'
% CHECK: 6:12 RParen ')'
% CHECK-NEXT: 6:13 Transpose ''''
% CHECK: 7:8 RParen ')'
% CHECK-NEXT: 7:10 CharLit '''hi''' space
% CHECK: 7:19 RParen ')'
% CHECK: 7:22 Transpose ''''
