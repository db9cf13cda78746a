classdef Gauge < handle
  properties
    level = 0
  end
  properties (Dependent)
    percent
  end
  properties (Dependent, Hidden)
    raw
  end
  properties (Dependent, Access = private)
    secret
  end
  methods
    function obj = Gauge(level)
      obj.level = level;
    end
    function p = get.percent(obj)
      p = obj.level * 10;
    end
    function r = get.raw(obj)
      r = obj.level;
    end
    function s = get.secret(obj)
      s = -obj.level;
    end
  end
end
