% warning's state: s = warning('off', id) gives the state before the change,
% warning(s) restores it, warning('query', id) reads it; regexprep with cell
% arrays of texts, expressions and replacements.
s = warning('off', 'demo:noisy');
fprintf('%s %s\n', s.identifier, s.state);
q = warning('query', 'demo:noisy');
fprintf('%s %s\n', q.identifier, q.state);
warning('demo:noisy', 'not shown');
warning(s);
q = warning('query', 'demo:noisy');
fprintf('restored: %s\n', q.state);
old = warning('off', 'all');
fprintf('all saved: %s %s\n', class(old), old(1).identifier);
warning(old);
r = regexprep({'pear', 'apple'; 'fig', 'kiwi'}, 'p+', 'P');
fprintf('%s %s %s %s (%dx%d)\n', r{:}, size(r));
t = regexprep('the cat sat', {'cat', 'sat'}, {'dog', 'ran'});
fprintf('%s\n', t);
t = regexprep('a1b22c333', {'\d+', '[abc]'}, '#');
fprintf('%s\n', t);
u = regexprep({'x1', 'y2'}, {'\d', '([xy])'}, {'N', '<$1>'});
fprintf('%s %s\n', u{:});
