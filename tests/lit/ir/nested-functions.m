% RUN: %mcc --emit=ir %s | FileCheck %s
% A function with nested functions makes an environment (envnew) holding
% the variables they share with it (total; step is only inner's); reads
% and writes of those are envload/envstore. A nested function takes the
% environments around it first (#env0, then #env1 for a second level),
% calls pass them, and @handle captures them in a closure.
function total = nested_functions(n)
total = 0;
add(n);
h = @add;
h(1);

  function add(k)
    step = k;
    inner();
    function inner()
      total = total + step;
    end
  end
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function nested_functions(n) -> (total)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 n  ; line 7
% CHECK-NEXT:   %1 = envnew slots=1  ; line 7
% CHECK-NEXT:   %2 = const 0  ; line 8
% CHECK-NEXT:   envstore total#0 %1, %2  ; line 8
% CHECK-NEXT:   %3 = call local nested-functions>add nargout=0 %1, %0  ; line 9
% CHECK-NEXT:   setans %3  ; line 9
% CHECK-NEXT:   %4 = closure nested-functions>add %1  ; line 10
% CHECK-NEXT:   %5 = const 1  ; line 11
% CHECK-NEXT:   %6 = subsref %4, %5  ; line 11
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   %7 = envload total#0 %1
% CHECK-NEXT:   return %7
% CHECK-EMPTY:
% CHECK-NEXT: function nested-functions>add(#env0, k) -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 #env0
% CHECK-NEXT:   %1 = param #1 k  ; line 13
% CHECK-NEXT:   %2 = envnew slots=1  ; line 13
% CHECK-NEXT:   envstore step#0 %2, %1  ; line 13
% CHECK-NEXT:   %3 = call local nested-functions>inner nargout=0 %0, %2  ; line 15
% CHECK-NEXT:   setans %3  ; line 15
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
% CHECK-EMPTY:
% CHECK-NEXT: function nested-functions>inner(#env0, #env1) -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 #env0
% CHECK-NEXT:   %1 = param #1 #env1
% CHECK-NEXT:   %2 = envload total#0 %0  ; line 17
% CHECK-NEXT:   %3 = envload step#0 %1  ; line 17
% CHECK-NEXT:   %4 = binary plus %2, %3  ; line 17
% CHECK-NEXT:   envstore total#0 %0, %4  ; line 17
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
