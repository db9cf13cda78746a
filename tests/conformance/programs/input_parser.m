% inputParser: required, optional and name-value arguments with validators and defaults,
% UsingDefaults, KeepUnmatched and Unmatched, CaseSensitive, StructExpand (name-value pairs
% given as a struct), Parameters, addParamValue, and the method-call syntax p.addParameter(...),
% p.parse(...). Fields are printed by name and lists sorted: Octave 7 orders Results,
% Parameters and UsingDefaults as it fills them, MATLAB alphabetically (input_parser_matlab.m).
show(find_area(10));
show(find_area(10, 3, 'units', 'cm'));
show(find_area(2, 'Shape', 'square', 'UNITS', 'mm'));
show(find_area(7, struct('shape', 'circle', 'units', 'ft')));
show(find_area(4, 5, 'shape', 'square', 'shape', 'circle'));
[r, used] = find_area(5, 2);
fprintf('using defaults: %s\n', strjoin(sort(used), ', '));
[r, used] = find_area(5, 'units', 'm');
fprintf('using defaults: %s\n', strjoin(sort(used), ', '));

p = inputParser;
p.KeepUnmatched = true;
p.addRequired('x', @isnumeric);
p.addParameter('gain', 1, @(g) isscalar(g) && g > 0);
p.parse(4, 'gain', 2, 'color', 'red', 'width', 3);
fprintf('x=%g gain=%g\n', p.Results.x, p.Results.gain);
u = p.Unmatched;
fprintf('unmatched color=%s width=%g (%d fields)\n', u.color, u.width, numel(fieldnames(u)));
fprintf('parameters: %s\n', strjoin(sort(p.Parameters), ', '));
fprintf('keep %d case %d expand %d, class %s\n', p.KeepUnmatched, p.CaseSensitive, p.StructExpand, class(p.KeepUnmatched));
p.parse(1);
fprintf('x=%g gain=%g, %d unmatched\n', p.Results.x, p.Results.gain, numel(fieldnames(p.Unmatched)));

q = inputParser;
q.CaseSensitive = true;
addParamValue(q, 'Mode', 'fast');
parse(q, 'Mode', 'slow');
fprintf('mode %s\n', q.Results.Mode);
try
  parse(q, 'mode', 'slow');
  fprintf('accepted\n');
catch
  fprintf('mode rejected (case sensitive)\n');
end
s = inputParser;
s.StructExpand = false;
s.addOptional('opts', struct('a', 1));
s.addParameter('level', 0);
parse(s, struct('a', 2), 'level', 3);
fprintf('opts.a=%g level %g\n', s.Results.opts.a, s.Results.level);

function [r, used] = find_area(width, varargin)
  p = inputParser;
  p.FunctionName = 'find_area';
  valid = @(x) isnumeric(x) && isscalar(x) && x > 0;
  addRequired(p, 'width', valid);
  addOptional(p, 'height', 1, valid);
  addParameter(p, 'units', 'inches', @ischar);
  addParameter(p, 'shape', 'rectangle', @(s) any(strcmp(s, {'square', 'rectangle', 'circle'})));
  parse(p, width, varargin{:});
  r = p.Results;
  used = p.UsingDefaults;
end

function show(r)
  fprintf('%g x %g %s, %s\n', r.width, r.height, r.units, r.shape);
end
