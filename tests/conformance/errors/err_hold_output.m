% hold gives no value: asking for one is MATLAB's 'Too many output arguments.'
x = 1:3;
fprintf('points: %d\n', numel(x));
state = hold('on');
fprintf('not reached %d\n', state);
