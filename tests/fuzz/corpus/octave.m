1;
# Octave script with functions mixed in
function r = f (x, n = 2)
  r = x .** n;
endfunction
x = 0; y = z = 3;
do
  x++; ++y; x += 2; y -= 1; m .*= 2;
until (x >= 10 || y != 3)
unwind_protect
  printf ("%d\n", f (x));
unwind_protect_cleanup
  disp ("done\tok\"")
end_unwind_protect
if (! isempty (x)) a(idx++) = 1; endif
#{
block comment
#}
