classdef Right < Top
end
