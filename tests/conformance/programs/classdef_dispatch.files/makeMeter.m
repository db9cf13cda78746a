function m = makeMeter(v)
  % An object made in a function file: its caller sees the class only here.
  m = Meter(v);
end
