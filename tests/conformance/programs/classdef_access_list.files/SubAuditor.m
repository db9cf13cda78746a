classdef SubAuditor < Auditor
  methods
    function r = deeper(obj, locker)
      r = 2 * locker.secret + locker.peek();
    end
  end
end
