classdef Auditor
  methods
    function r = inspect(obj, locker)
      r = locker.secret + locker.peek();
    end
    function locker = annotate(obj, locker, text)
      locker.note = text;
    end
  end
end
