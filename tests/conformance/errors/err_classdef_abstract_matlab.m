% Constructing an abstract class (Job declares an abstract method; its subclass PrintJob implements it) is MATLAB's error where it is called, when it runs.
% EXPECTED: hand-written from MATLAB's documentation (Abstract Classes and Class Members: abstract classes
% cannot be instantiated); the message is MATLAB's text for it. Octave 7.3 does not parse abstract method
% declarations outside @-folders.
p = PrintJob();
fprintf('%s\n', p.run());
if p.id > 0
  j = Job();  % fails here
end
fprintf('not reached %d\n', j.id);
