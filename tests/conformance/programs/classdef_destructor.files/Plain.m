classdef Plain < Base
  methods
    function obj = Plain(t)
      obj = obj@Base(t);
    end
  end
end
