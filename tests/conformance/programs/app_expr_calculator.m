% A tiny infix calculator: tokenize with isstrprop/char tests, shunting-yard to RPN with a
% cell stack, evaluate with a numeric stack; str2double on number tokens.
exprs = {'3 + 4 * 2', '(1 + 2) * (3 + 4)', '10 / 4 - 1.5', '2 ^ 3 ^ 2', '7 - 2 - 1', '((8))'};
for k = 1:numel(exprs)
  toks = tokenize(exprs{k});
  rpn = to_rpn(toks);
  fprintf('%-20s => %-22s = %g\n', exprs{k}, strjoin(rpn, ' '), eval_rpn(rpn));
end

function toks = tokenize(s)
  toks = {};
  i = 1;
  while i <= length(s)
    ch = s(i);
    if isspace(ch)
      i = i + 1;
    elseif isstrprop(ch, 'digit') || ch == '.'
      j = i;
      while j <= length(s) && (isstrprop(s(j), 'digit') || s(j) == '.')
        j = j + 1;
      end
      toks{end+1} = s(i:j-1);
      i = j;
    else
      toks{end+1} = ch;
      i = i + 1;
    end
  end
end

function out = to_rpn(toks)
  prec = containers.Map({'+', '-', '*', '/', '^'}, {1, 1, 2, 2, 3});
  out = {};
  stack = {};
  for k = 1:numel(toks)
    t = toks{k};
    if ~isnan(str2double(t))
      out{end+1} = t;
    elseif strcmp(t, '(')
      stack{end+1} = t;
    elseif strcmp(t, ')')
      while ~strcmp(stack{end}, '(')
        out{end+1} = stack{end};
        stack(end) = [];
      end
      stack(end) = [];
    else
      while ~isempty(stack) && ~strcmp(stack{end}, '(') && ...
            (prec(stack{end}) > prec(t) || (prec(stack{end}) == prec(t) && ~strcmp(t, '^')))
        out{end+1} = stack{end};
        stack(end) = [];
      end
      stack{end+1} = t;
    end
  end
  while ~isempty(stack)
    out{end+1} = stack{end};
    stack(end) = [];
  end
end

function v = eval_rpn(rpn)
  st = [];
  for k = 1:numel(rpn)
    t = rpn{k};
    x = str2double(t);
    if ~isnan(x)
      st(end+1) = x;
      continue;
    end
    b = st(end); a = st(end-1);
    st(end-1:end) = [];
    switch t
      case '+', r = a + b;
      case '-', r = a - b;
      case '*', r = a * b;
      case '/', r = a / b;
      case '^', r = a ^ b;
    end
    st(end+1) = r;
  end
  v = st;
end
