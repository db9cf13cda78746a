classdef Stranger
  methods
    function r = pry(obj, locker)
      r = locker.secret;
    end
    function r = call(obj, locker)
      r = locker.peek();
    end
    function locker = scribble(obj, locker)
      locker.note = 'x';
    end
    function r = sealOf(obj, locker)
      r = locker.seal;
    end
  end
end
