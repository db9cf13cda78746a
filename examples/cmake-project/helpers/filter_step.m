function s = filter_step(s, input, alpha)
% FILTER_STEP one step of exponential smoothing towards input.
s = s + alpha * (input - s);
end
