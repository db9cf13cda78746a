% strsplit's second output (the delimiters found), 'DelimiterType'
% 'RegularExpression', 'CollapseDelimiters'; strjoin with a cell of
% delimiters, one per gap.
[c, m] = strsplit('a,b;;c', {',', ';'});
fprintf('[%s]', c{:}); fprintf(' | '); fprintf('[%s]', m{:}); fprintf('\n');
[c, m] = strsplit('a,b;;c', {',', ';'}, 'CollapseDelimiters', false);
fprintf('[%s]', c{:}); fprintf(' | '); fprintf('[%s]', m{:}); fprintf('\n');
[c, m] = strsplit('a1b22c333', '\d+', 'DelimiterType', 'RegularExpression');
fprintf('[%s]', c{:}); fprintf(' | '); fprintf('[%s]', m{:}); fprintf('\n');
c = strsplit('x = 1, y=2', '\s*[=,]\s*', 'DelimiterType', 'RegularExpression');
fprintf('[%s]', c{:}); fprintf('\n');
c = strsplit('a--b-c', '-', 'DelimiterType', 'Simple', 'CollapseDelimiters', false);
fprintf('[%s]', c{:}); fprintf(' %d\n', numel(c));
c = strsplit(sprintf('one\ttwo  three'));
fprintf('[%s]', c{:}); fprintf('\n');
c = strsplit('a\nb', '\n');
fprintf('%d\n', numel(c));
c = strsplit(sprintf('a\nb'), '\n');
fprintf('[%s]', c{:}); fprintf('\n');
fprintf('%s\n', strjoin({'a', 'b', 'c'}, {'+', '='}));
fprintf('%s\n', strjoin({'x', 'y'}, {' <- '}));
fprintf('%s\n', strjoin({'1', '2', '3'}, '\t'));
