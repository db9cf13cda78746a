function s = describeMode(m)
  switch m
    case Mode.Off
      s = 'off';
    case {Mode.Standby, Mode.On}
      s = 'powered';
    otherwise
      s = '?';
  end
end
