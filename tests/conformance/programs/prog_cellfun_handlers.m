% Robust batch processing: cellfun with an ErrorHandler, arrayfun over struct arrays with
% UniformOutput false, func handles stored in a struct and a cell, feval by name,
% function composition and a pipeline of anonymous functions.
inputs = {'12', 'x7', '3.5', '', '1e3', 'abc'};
vals = cellfun(@parseStrict, inputs, 'ErrorHandler', @onError);
fprintf('parsed: %s\n', mat2str(vals));
[v2, ok] = cellfun(@parseWithFlag, inputs);
fprintf('values %s ok %s\n', mat2str(v2), mat2str(ok));
msgs = cellfun(@(s) describeInput(s), inputs, 'UniformOutput', false);
fprintf('%s\n', msgs{:});
% struct array processing
people = struct('name', {'Ann', 'Bob', 'Cy'}, 'scores', {[90 85], [70 75 80], []});
avgs = arrayfun(@(p) meanOr(p.scores, NaN), people);
fprintf('averages: %s\n', mat2str(avgs));
summary = arrayfun(@(p) sprintf('%s:%d', p.name, numel(p.scores)), people, 'UniformOutput', false);
fprintf('%s\n', strjoin(summary, ' '));
% handles in containers
ops = struct('name', {'double', 'square', 'negate'}, 'fn', {@(x) 2*x, @(x) x.^2, @(x) -x});
x = 3;
for k = 1:numel(ops)
    fprintf('%s(%d) = %d\n', ops(k).name, x, ops(k).fn(x));
end
pipeline = {@(x) x + 1, @(x) x * 10, @sqrt};
v = 8;
for k = 1:numel(pipeline)
    v = pipeline{k}(v);
end
fprintf('pipeline result %.6f\n', v);
compose = @(f, g) @(x) f(g(x));
h = compose(@(x) x - 1, @(x) x^2);
fprintf('composed: %d %d\n', h(3), h(-2));
fprintf('feval by name: %g %g\n', feval('max', [4 9 2]), feval(@min, [4 9 2]));
fns = {'sin', 'cos', 'exp'};
for k = 1:3
    f = str2func(fns{k});
    fprintf('%s(0) = %g\n', func2str(f), f(0));
end
fprintf('is handle: %d, isa: %d\n', isa(h, 'function_handle'), isa(@sin, 'function_handle'));
c = cellfun(@(a, b) a + b, {1, 2, 3}, {10, 20, 30});
fprintf('two-cell cellfun: %s\n', mat2str(c));
n = cellfun(@numel, {'ab', [1 2 3], {}, zeros(2, 2)});
fprintf('numel per cell: %s\n', mat2str(n));
cls = cellfun(@class, {1, 'a', {}, true, int8(1)}, 'UniformOutput', false);
fprintf('classes: %s\n', strjoin(cls, ','));

function v = parseStrict(s)
    v = str2double(s);
    if isnan(v)
        error('parse:bad', 'cannot parse "%s"', s);
    end
end

function v = onError(err, s)
    fprintf('handler: %s (index %d) for "%s"\n', err.identifier, err.index, s);
    v = -1;
end

function [v, ok] = parseWithFlag(s)
    v = str2double(s);
    ok = ~isnan(v);
    if ~ok, v = 0; end
end

function d = describeInput(s)
    if isempty(s)
        d = '(empty)';
    elseif all(isstrprop(s, 'digit'))
        d = sprintf('%s is an integer', s);
    else
        d = sprintf('%s has %d letters', s, sum(isletter(s)));
    end
end

function m = meanOr(v, def)
    if isempty(v)
        m = def;
    else
        m = mean(v);
    end
end
