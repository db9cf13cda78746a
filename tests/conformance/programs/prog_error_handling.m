% Error handling in a validation layer: error with identifiers and format, try/catch with
% ME.identifier/message, rethrow, catch without a variable, a cleanup
% step after try/catch, error(struct) and nested try blocks.
vals = {5, -1, 'abc', [1 2 3], 0};
for i = 1:numel(vals)
    try
        r = checkedSqrtInv(vals{i});
        fprintf('input %d ok: %.4f\n', i, r);
    catch ME
        switch ME.identifier
            case 'calc:negative'
                fprintf('input %d negative: %s\n', i, ME.message);
            case 'calc:type'
                fprintf('input %d bad type: %s\n', i, ME.message);
            otherwise
                fprintf('input %d other (%s): %s\n', i, ME.identifier, ME.message);
        end
    end
end

% built-in errors caught
try
    a = [1 2 3];
    b = a(5); %#ok<NASGU>
catch err
    fprintf('index error caught, has message: %d\n', ~isempty(err.message));
end
try
    x = undefined_thing_here + 1; %#ok<NASGU>
catch
    fprintf('undefined caught without a variable\n');
end
try
    error('plain message with %d%%', 50);
catch e
    fprintf('msg "%s", id empty: %d\n', e.message, isempty(e.identifier));
end

% rethrow through a wrapper
try
    outer();
catch e2
    fprintf('outer saw %s: %s\n', e2.identifier, e2.message);
end

% cleanup runs whether or not there is an error
for failing = [false true]
    log = {};
    try
        log{end+1} = 'start'; %#ok<AGROW>
        if failing, error('work:fail', 'failed'); end
        log{end+1} = 'done'; %#ok<AGROW>
    catch e3
        log{end+1} = ['caught ' e3.identifier]; %#ok<AGROW>
    end
    log{end+1} = 'cleanup'; %#ok<AGROW>
    fprintf('%s\n', strjoin(log, ' > '));
end

% error with a struct
es.message = 'from a struct';
es.identifier = 'my:struct';
try
    error(es);
catch e4
    fprintf('%s / %s\n', e4.identifier, e4.message);
end
% nested try
try
    try
        error('inner:id', 'inner');
    catch ie
        error('outer:id', 'wrapped <%s>', ie.message);
    end
catch oe
    fprintf('%s\n', oe.message);
end

function r = checkedSqrtInv(x)
    if ~isnumeric(x)
        error('calc:type', 'expected a number, got %s', class(x));
    end
    if ~isscalar(x)
        error('calc:size', 'expected a scalar, got %d elements', numel(x));
    end
    if x < 0
        error('calc:negative', 'value %g is negative', x);
    end
    if x == 0
        error('calc:zero', 'division by zero');
    end
    r = 1 / sqrt(x);
end

function outer()
    try
        inner();
    catch e
        rethrow(e);
    end
end

function inner()
    error('deep:fail', 'deep failure at level %d', 3);
end
