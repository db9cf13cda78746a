classdef WeekDays
  enumeration
    Monday, Tuesday, Wednesday
    Thursday
    Friday
  end
  methods
    function tf = isMeetingDay(d)
      tf = d == WeekDays.Tuesday || d == WeekDays.Thursday;
    end
    function n = next(d)
      [m, ~] = enumeration('WeekDays');
      k = find(m == d);
      n = m(mod(k, numel(m)) + 1);
    end
  end
end
