function msg = greet(name, times)
% GREET  A greeting for NAME, TIMES times.
arguments
  name char
  times (1,1) int32 = 1
end
msg = strtrim(repmat(['Hello, ' name '! '], 1, times));
end
