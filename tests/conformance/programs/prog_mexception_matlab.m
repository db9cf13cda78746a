% EXPECTED: hand-written
% MException objects as an error-reporting layer uses them: the constructor with a format,
% throw, identifier/message/stack/cause of an unthrown object, addCause to wrap a low-level
% error, class of a caught error (MException, throw and addCause documentation: the
% constructor formats msg like sprintf; what catch receives is an MException).
ME = MException('proj:io:missing', 'File %s not found (%d tries)', 'data.csv', 3);
fprintf('%s | %s | class %s\n', ME.identifier, ME.message, class(ME));
fprintf('unthrown stack is empty: %d, causes %d\n', isempty(ME.stack), numel(ME.cause));
try
    throw(ME);
catch caught
    fprintf('thrown and caught: %s (%s)\n', caught.message, class(caught));
end
try
    loadConfig('missing.cfg');
catch err
    fprintf('top: %s\n', err.message);
    for k = 1:numel(err.cause)
        fprintf('  cause %d: %s [%s]\n', k, err.cause{k}.message, err.cause{k}.identifier);
    end
end
try
    error('Octave:some-id', 'uses %s', 'format');
catch e
    fprintf('caught class %s, isa MException %d\n', class(e), isa(e, 'MException'));
end
errs = {};
for v = {1, 'x', [], -2}
    try
        checkPositive(v{1});
    catch e
        errs{end + 1} = e.identifier; %#ok<AGROW>
    end
end
fprintf('identifiers: %s\n', strjoin(errs, ', '));
ME2 = MException('a:b', 'percent %d%% done', 50);
fprintf('%s\n', ME2.message);

function loadConfig(name)
    try
        readFile(name);
    catch inner
        outer = MException('cfg:load', 'could not load configuration "%s"', name);
        outer = addCause(outer, inner);
        throw(outer);
    end
end

function readFile(name)
    error('io:open', 'cannot open %s', name);
end

function checkPositive(x)
    if ~isnumeric(x)
        throw(MException('check:type', 'not numeric'));
    elseif isempty(x)
        throw(MException('check:empty', 'empty'));
    elseif x <= 0
        throw(MException('check:sign', 'not positive'));
    end
end
