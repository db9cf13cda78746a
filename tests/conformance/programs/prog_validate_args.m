function prog_validate_args()
% Input validation in a function file: isnumeric/ischar/islogical checks, assert with
% identifiers and messages, validateattributes, nargin checks with narginchk.
    fprintf('%s\n', area('circle', 2));
    fprintf('%s\n', area('rect', [3 4]));
    try
        area('circle', -1);
    catch e
        fprintf('error: %s\n', e.message);
    end
    try
        area('hexagon', 1);
    catch e
        fprintf('error %s: %s\n', e.identifier, e.message);
    end
    try
        area('circle');
    catch e
        fprintf('narginchk rejected one argument: %d\n', ~isempty(e.message));
    end
    try
        assert(1 + 1 == 3, 'check:math', 'arithmetic is broken: %d', 2);
    catch e
        fprintf('assert: %s / %s\n', e.identifier, e.message);
    end
    assert(true);
    fprintf('assert passed silently\n');
    try
        validateattributes([1 2 -3], {'numeric'}, {'nonnegative'});
    catch e
        fprintf('validateattributes failed: %d\n', ~isempty(e.message));
    end
    validateattributes(5, {'double'}, {'scalar', 'positive', 'integer'});
    fprintf('validateattributes passed\n');
    fprintf('types: %d %d %d %d %d\n', isnumeric(int8(1)), ischar('x'), islogical(1 > 0), isa(1, 'numeric'), isa(single(1), 'float'));
    fprintf('is* of cells/structs: %d %d %d\n', iscell({}), isstruct(struct()), isa(@sin, 'function_handle'));
end

function s = area(shape, dims)
    narginchk(2, 2);
    if ~ischar(shape)
        error('area:shape', 'shape must be text');
    end
    if any(dims < 0)
        error('area:negative', 'dimensions must be non-negative, got %s', mat2str(dims));
    end
    switch shape
        case 'circle'
            a = pi * dims(1)^2;
        case 'rect'
            a = prod(dims);
        otherwise
            error('area:unknown', 'unknown shape "%s"', shape);
    end
    s = sprintf('%s area %.4f', shape, a);
end
