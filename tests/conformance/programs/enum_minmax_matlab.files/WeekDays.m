classdef WeekDays
  enumeration
    Monday, Tuesday, Wednesday
  end
end
