% Abstract classes: abstract methods implemented by subclasses (one or two levels down), a subclass that leaves one unimplemented stays abstract, the Abstract class attribute (not inherited); constructing an abstract class is MATLAB's error when it runs.
% EXPECTED: hand-written from MATLAB's documentation (Abstract Classes and Class Members: "A subclass must
% implement all inherited abstract properties and methods to become a concrete class. Otherwise, the subclass
% is itself an abstract class"; a class with the Abstract attribute is abstract; abstract classes cannot be
% instantiated). The error's text is MATLAB's message for it as MATLAB prints it (the documentation does not
% quote it). Octave 7.3 does not parse abstract method declarations outside @-folders.
t = Twice();
fprintf('%s\n', t.run(3));
h = HalfNamed();
fprintf('%s\n', run(h, 5));
fprintf('isa %d %d %d\n', isa(h, 'Op'), isa(h, 'Half'), isa(t, 'Half'));
f = Flag();
fprintf('%s %s %d\n', class(f), f.tag, isa(f, 'Marker'));
try
  o = Op();
  fprintf('not reached %d\n', o.bias);
catch err
  fprintf('%s\n', err.message);
end
try
  x = Half();
  fprintf('not reached %d\n', x.bias);
catch err
  fprintf('%s\n', err.message);
end
try
  m = Marker();
  fprintf('not reached %s\n', m.tag);
catch err
  fprintf('%s\n', err.message);
end
