% classdef property validation (Sensor.m in classdef_validate_matlab.files): class conversion, size with scalar expansion and reorientation, validation functions, implicit defaults, and MATLAB's errors on assignment.
% EXPECTED: hand-written from MATLAB's documentation (Validate Property Values, Property Class and Size
% Validation, Property Validation Functions: "Order of Validation", the implicit default values, and the
% messages "Error setting property 'Value' of class 'ValueProp':" followed by the validator's message).
% Octave 7.3 parses the declarations and applies none of them.
s = Sensor();
fprintf('Rate %g %s, Name %s %s\n', s.Rate, class(s.Rate), s.Name, mat2str(size(s.Name)));
fprintf('Count %d %s %s\n', s.Count, class(s.Count), mat2str(size(s.Count)));
fprintf('Gain %s, Enabled %d %s\n', mat2str(s.Gain), s.Enabled, class(s.Enabled));
fprintf('Tags %s %s, Label %s %s\n', class(s.Tags), mat2str(size(s.Tags)), s.Label, class(s.Label));
fprintf('Mode %s, Level %g, Offset %s %s\n', s.Mode, s.Level, class(s.Offset), mat2str(size(s.Offset)));
fprintf('Where %s %s\n', class(s.Where), mat2str(size(s.Where)));
% conversions
s.Count = 3.7;
s.Rate = int8(3);
fprintf('Count %d %s, Rate %g %s\n', s.Count, class(s.Count), s.Rate, class(s.Rate));
s.Rate = 'a';
fprintf('Rate from char %g %s\n', s.Rate, class(s.Rate));
s.Gain = 2;
fprintf('Gain %s\n', mat2str(s.Gain));
s.Gain = [1; 2; 3];
fprintf('Gain %s\n', mat2str(s.Gain));
s.Enabled = 1;
fprintf('Enabled %d %s\n', s.Enabled, class(s.Enabled));
s.Name = "abc";
fprintf('Name %s %s\n', s.Name, class(s.Name));
s.Label = 'xyz';
fprintf('Label %s %s\n', s.Label, class(s.Label));
s.Label = 5;
fprintf('Label %s %s\n', s.Label, class(s.Label));
s.Mode = 'slow';
s.Level = 10;
fprintf('Mode %s Level %g\n', s.Mode, s.Level);
s.Where = Spot();
fprintf('Where %s\n', class(s.Where));
t = Sensor(4);
t = t.scaled(2.5);
fprintf('t.Rate %g\n', t.Rate);
% errors
bad = {@() Sensor(-1), @() setRate(s, 0), @() setRate(s, [1 2]), @() setRate(s, {1}), ...
       @() setName(s, 5), @() setLevel(s, 2.5), @() setLevel(s, 11), @() setOffset(s, Inf), ...
       @() setWhere(s, 3)};
for k = 1:numel(bad)
  try
    bad{k}();
    fprintf('no error\n');
  catch err
    fprintf('%s\n', strrep(err.message, newline, ' | '));
  end
end
try
  s.Mode = 'medium';
catch err
  fprintf('Mode rejected\n');
end
fprintf('Mode still %s\n', s.Mode);
% an object whose class is known at run time only
c = {s};
try
  c{1}.Rate = -5;
catch err
  fprintf('%s\n', strrep(err.message, newline, ' | '));
end
c{1}.Rate = 7;
fprintf('c{1}.Rate %g\n', c{1}.Rate);

function s = setRate(s, v)
  s.Rate = v;
end

function s = setName(s, v)
  s.Name = v;
end

function s = setLevel(s, v)
  s.Level = v;
end

function s = setOffset(s, v)
  s.Offset = v;
end

function s = setWhere(s, v)
  s.Where = v;
end
