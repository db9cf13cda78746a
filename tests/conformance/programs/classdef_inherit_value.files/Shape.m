classdef Shape
  % The base of the value classes Circle, Square and Ring (classdef_inherit_value.m).
  properties
    name = 'shape'
    scale = 1
    tags = {}
  end
  properties (Constant)
    Sides = 0
  end
  methods
    function obj = Shape(n)
      if nargin > 0
        obj.name = n;
      end
      obj.tags{end + 1} = 'made';
    end
    function a = area(obj)
      a = 0;
    end
    function s = describe(obj)
      % area(obj) here calls the subclass's override (dynamic dispatch).
      s = sprintf('%s: area %.4f', obj.name, area(obj) * obj.scale);
    end
    function s = char(obj)
      s = ['<' obj.name '>'];
    end
    function obj = grow(obj, f)
      obj.scale = obj.scale * f;
    end
  end
  methods (Static)
    function s = kind()
      s = 'a shape';
    end
  end
end
