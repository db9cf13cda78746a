% switch on an enumeration member (Mode.m in enum_switch_matlab.files): cases that are members,
% a cell of members, member names as char vectors and strings, and a cell of names; if with ==
% on members; a member chosen at run time from a cell.
% EXPECTED: hand-written from MATLAB's documentation (Operations on Enumerations: "Enumerations
% in switch Statements", equality with char vectors; switch: a case matches when
% case_expression == switch_expression, or strcmp for text); Octave 7.3 cannot parse an
% enumeration block.
modes = {Mode.On, Mode.Off, Mode.Standby};
for k = 1:numel(modes)
  m = modes{k};
  switch m
    case Mode.On
      fprintf('%d on\n', k);
    case Mode.Off
      fprintf('%d off\n', k);
    otherwise
      fprintf('%d other\n', k);
  end
  switch m
    case 'Standby'
      fprintf('%d name Standby\n', k);
    case {'On', 'Off'}
      fprintf('%d name On or Off\n', k);
  end
  switch m
    case "On"
      fprintf('%d string On\n', k);
  end
  fprintf('%s\n', describeMode(m));
  if m == Mode.Off
    fprintf('%d is off\n', k);
  elseif m ~= Mode.On
    fprintf('%d is not on\n', k);
  end
end
switch Mode.Standby
  case Mode.On
    disp('wrong')
  case Mode.Standby
    disp('standby')
end
