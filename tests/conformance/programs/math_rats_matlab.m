% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% rats: each element is a blank and a field of strlen characters (13 by
% default): a fraction's numerator right-aligned in floor((strlen-1)/2)
% columns, '/', the denominator left-aligned; whole numbers centred; '*'
% when the text does not fit; tolerance min(10^(-(strlen-1)/2)*norm(X(isfinite(X)),1), 0.1)
% (rats documentation: its hilb(4), pi, rats(pi,20), rats(pi,25) examples
% and its Algorithms section).
show_rats(rats(1 ./ ((1:4)' + (0:3))));
show_rats(rats(pi));
show_rats(rats(pi, 20));
show_rats(rats(pi, 25));
show_rats(rats([0.75 -1/3; 2 0]));
show_rats(rats([Inf -Inf NaN]));
show_rats(rats([1 1e-10]));
show_rats(rats(1e-10));
show_rats(rats([1234567 12345678901234]));
show_rats(rats(pi, 5));
show_rats(rats(1/7, 4));
show_rats(rats([0.5; 0.25]));
s = rats(single(0.5));
fprintf('single: %s, ', class(s)); show_rats(s);
show_rats(rats([]));
show_rats(rats(0.5 + 0.25i));
show_rats(rats(1 - 2i));

function show_rats(s)
  fprintf('%dx%d', size(s, 1), size(s, 2));
  for k = 1:size(s, 1)
    fprintf(' [%s]', s(k, :));
  end
  fprintf('\n');
end
