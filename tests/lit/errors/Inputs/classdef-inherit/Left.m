classdef Left < Top
end
