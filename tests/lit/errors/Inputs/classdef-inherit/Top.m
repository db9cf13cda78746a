classdef Top
end
