% Flexible interfaces: varargin with name/value options, nargin defaults, varargout
% with nargout, nargin(fn)/exist checks, deal, and functions returning several outputs.
fprintf('%s\n', describe());
fprintf('%s\n', describe(4));
fprintf('%s\n', describe(4, 'units', 'mm', 'scale', 2.5));
[a, b, c] = stats([4 8 15 16 23 42]);
fprintf('mean %.4f, std %.4f, range %g\n', a, b, c);
m = stats([1 2 3]);
fprintf('only mean: %g\n', m);
[p, q] = stats([2 4]);
fprintf('two outputs: %g %g\n', p, q);
[x1, x2, x3] = splitVec([10 20 30 40]);
fprintf('split: %g %g %g\n', x1, x2, x3);
s = addAll(1, 2, 3, 4.5);
fprintf('addAll: %g, of nothing: %g\n', s, addAll());
[lo, hi] = deal(-1, 1);
fprintf('deal: %d %d\n', lo, hi);
[u, v] = deal(7);
fprintf('deal one: %d %d\n', u, v);
c = cell(1, 3);
[c{:}] = deal('x');
fprintf('deal into cell: %s\n', [c{:}]);
fprintf('nargin of describe: %d, of stats: %d, nargout of stats: %d\n', nargin(@describe), nargin(@stats), nargout(@stats));
out = cell(1, 2);
[out{:}] = size(zeros(3, 5));
fprintf('size into cell list: %d %d\n', out{:});
f = @plus;
fprintf('handle to plus: %g, func2str %s\n', f(2, 3), func2str(f));
g = str2func('max');
fprintf('str2func max: %g\n', g([3 9 2]));
args = {'scale', 10};
fprintf('%s\n', describe(1, args{:}));

function s = describe(val, varargin)
    if nargin < 1
        s = 'no value';
        return
    end
    opts = struct('units', 'm', 'scale', 1);
    for k = 1:2:numel(varargin)
        name = lower(varargin{k});
        if ~isfield(opts, name)
            error('describe:opt', 'unknown option %s', name);
        end
        opts.(name) = varargin{k + 1};
    end
    s = sprintf('%g %s (%d extra args)', val * opts.scale, opts.units, numel(varargin));
end

function varargout = stats(x)
    varargout{1} = mean(x);
    if nargout > 1
        varargout{2} = std(x);
    end
    if nargout > 2
        varargout{3} = max(x) - min(x);
    end
end

function varargout = splitVec(v)
    for k = 1:nargout
        varargout{k} = v(k);
    end
end

function t = addAll(varargin)
    t = 0;
    for k = 1:nargin
        t = t + varargin{k};
    end
end
