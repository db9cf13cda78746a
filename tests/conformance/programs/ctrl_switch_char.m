% switch on char vectors: exact, case-sensitive, cell cases, empty text.
describe('apple');
describe('Apple');
describe('banana');
describe('cherry');
describe('kiwi');
describe('');
% a case that is a prefix does not match
switch 'applesauce'
  case 'apple'
    disp('not printed');
  otherwise
    disp('prefix does not match');
end
% switch inside a function, with return values
fprintf('%s %s %s\n', op_name('+'), op_name('*'), op_name('?'));
fprintf('%g %g %g\n', apply('add', 3, 4), apply('mul', 3, 4), apply('sub', 3, 4));

function s = op_name(c)
  switch c
    case '+'
      s = 'plus';
    case {'*', 'x'}
      s = 'times';
    otherwise
      s = 'unknown';
  end
end

function r = apply(op, a, b)
  switch op
    case 'add'
      r = a + b;
    case 'mul'
      r = a * b;
    otherwise
      r = NaN;
  end
end

function describe(w)
  switch w
    case 'apple'
      msg = 'exact apple';
    case {'banana', 'cherry'}
      msg = 'banana or cherry';
    case ''
      msg = 'empty text';
    otherwise
      msg = 'unknown';
  end
  fprintf('[%s] -> %s\n', w, msg);
end
