classdef Meter
  % A value class whose objects travel through cells, struct fields and
  % other objects' properties.
  properties
    value = 0
    inner
  end
  methods
    function m = Meter(v)
      if nargin > 0
        m.value = v;
      end
    end
    function r = scaled(m, k)
      r = m.value * k;
    end
    function m = bumped(m)
      m.value = m.value + 1;
    end
    function t = total(m)
      t = m.value;
      if isobject(m.inner)
        t = t + m.inner.total();
      end
    end
  end
end
