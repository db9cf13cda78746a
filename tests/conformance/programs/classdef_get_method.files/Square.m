classdef Square < Rect
  methods
    function obj = Square(s)
      obj = obj@Rect(s, s);
      obj.name = 'square';
    end
  end
end
