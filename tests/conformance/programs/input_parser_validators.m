% inputParser's validators: a function handle that returns true or false, an anonymous
% function that calls validateattributes (returns nothing, raises an error to reject), a named
% function; a failed validation is an error of parse (its text is MATLAB's in
% input_parser_matlab.m), after which the parser is reusable. A text value in an optional
% argument's place is that argument where its validator accepts it, else a parameter's name.
p = inputParser;
addRequired(p, 'count', @(x) validateattributes(x, {'numeric'}, {'positive', 'integer'}));
addOptional(p, 'label', 'none', @ischar);
addParameter(p, 'scale', 1, @isnumeric);
parse(p, 3);
fprintf('%g %s %g\n', p.Results.count, p.Results.label, p.Results.scale);
parse(p, 4, 'first');
fprintf('%g %s %g\n', p.Results.count, p.Results.label, p.Results.scale);
parse(p, 5, 'scale', 2);
fprintf('%g %s %g\n', p.Results.count, p.Results.label, p.Results.scale);
parse(p, 6, 'second', 'scale', 0.5);
fprintf('%g %s %g\n', p.Results.count, p.Results.label, p.Results.scale);
tries = {{-1}, {2.5}, {'x'}, {1, 'lbl', 'scale', 'big'}, {1, 2}};
for k = 1:numel(tries)
  try
    parse(p, tries{k}{:});
    fprintf('try %d accepted\n', k);
  catch err
    fprintf('try %d rejected\n', k);
  end
end
parse(p, 7, 'scale', 3);
fprintf('%g %s %g\n', p.Results.count, p.Results.label, p.Results.scale);

q = inputParser;
q.addRequired('name', @is_word);
q.addOptional('n', 1, @(v) v >= 1);
q.parse('abc', 2);
fprintf('%s %g\n', q.Results.name, q.Results.n);
try
  q.parse('a b');
catch
  fprintf('not a word\n');
end
try
  q.parse('abc', 0);
catch
  fprintf('n rejected\n');
end

function tf = is_word(s)
  tf = ischar(s) && all(isletter(s));
end
