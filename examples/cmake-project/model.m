function y = model(n, alpha)
% MODEL smooths a noisy step with a first-order filter.
%   y = model(n, alpha) runs n steps with smoothing factor alpha and
%   returns the final filter state.
arguments
  n (1,1) double {mustBePositive, mustBeInteger} = 10
  alpha (1,1) double {mustBeInRange(alpha, 0, 1)} = 0.25
end
state = 0;
for k = 1:n
  state = filter_step(state, 1, alpha);
end
fprintf('after %d steps: %.6f\n', n, state);
y = state;
end
