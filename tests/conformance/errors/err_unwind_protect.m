% An error in an unwind_protect body: the cleanup runs, then the error ends
% the program.
x = [1 2 3];
unwind_protect
  fprintf('body\n');
  y = x(7);
unwind_protect_cleanup
  fprintf('cleanup\n');
end_unwind_protect
