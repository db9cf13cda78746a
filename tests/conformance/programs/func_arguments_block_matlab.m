% arguments blocks of functions called by the program: class conversion, sizes with scalar expansion, validation functions, default values for inputs not passed, and MATLAB's errors.
% EXPECTED: hand-written from MATLAB's documentation (Function Argument Validation: "Order of
% Evaluation", default values, class and size conversion, the "Invalid argument at position N."
% messages of the validation functions). Octave 7.3 parses arguments blocks and applies nothing.
fprintf('%s\n', describe(3));
fprintf('%s\n', describe(int8(4), 'b'));
fprintf('%s\n', describe(2, "c", [1; 2]));
fprintf('%s\n', describe(1, 'd', 7));
r = scaleRow(2, 3);
fprintf('%s %s\n', mat2str(r), class(r));
r = scaleRow(uint8([1 2 3]));
fprintf('%s %s\n', mat2str(r), class(r));
fprintf('%s\n', pick('slow'));
bad = {@() describe(-1), @() describe(1.5), @() describe([1 2]), @() scaleRow({1}), @() scaleRow(1, NaN), ...
       @() pick('fast', 11)};
for k = 1:numel(bad)
  try
    bad{k}();
    fprintf('no error\n');
  catch err
    fprintf('%s\n', err.message);
  end
end
try
  pick('medium');
catch err
  fprintf('medium rejected\n');
end

function s = describe(n, tag, extent)
  arguments
    n (1,1) double {mustBePositive, mustBeInteger}
    tag (1,:) char = 'a'
    extent (1,2) double = 0
  end
  s = sprintf('%d %s %s %s', n, tag, class(tag), mat2str(extent));
end

function r = scaleRow(x, k)
  arguments
    x (1,:) {mustBeNumeric}
    k double {mustBeFinite} = 1
  end
  r = x * k;
end

function s = pick(mode, level)
  arguments
    mode {mustBeMember(mode, {'fast', 'slow'})}
    level {mustBeInRange(level, 0, 10)} = 5
  end
  s = sprintf('%s %g', mode, level);
end
