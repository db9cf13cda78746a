classdef Orphan < NoSuchClass
end
