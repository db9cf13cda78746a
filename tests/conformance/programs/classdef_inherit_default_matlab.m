% A subclass without a constructor (Savings < Account in classdef_inherit_default_matlab.files): its default constructor passes the arguments it gets to the superclass's constructor.
% EXPECTED: hand-written from MATLAB's documentation (Subclass Constructors, "Implicit Call to Inherited
% Constructor": MATLAB passes arguments implicitly from a default subclass constructor to the superclass
% constructor). Octave 7.3 calls the superclass's constructor without them.
a = Savings();
fprintf('%s %g %g\n', a.owner, a.balance, a.rate);
b = Savings('ann');
fprintf('%s %g %g\n', b.owner, b.balance, b.rate);
c = Savings('bob', 100);
fprintf('%s %g %g %s\n', c.owner, c.balance, c.rate, class(c));
